import { parse } from './server/src/model';
import { documentDefinitions } from './server/src/features/documentDefinitions';
import { isAcronymLike } from './server/src/model/acronyms';
const t = ['We agree with the Committee. The Department for', 'Environment, Food and Rural Affairs (Defra) will work with the Department on the strat-', 'egy.', 'The Local Government Association (LGA)'].join('\n');
console.log([...documentDefinitions(parse('1. x (Paragraph 1)\n' + t)).values()], isAcronymLike('Defra'));
