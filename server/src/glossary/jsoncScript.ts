// dist/web/jsonc.js: jsonc-parser for VS Code for the Web's server, which reads it on first use (jsoncOnFirstUse.ts)
// and finds it in the global CommitteeReportJsonc.
export { getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
