// Annotations the user writes into the report: "@note: …", "@stance[R12]: rejected", at the left margin.
import { ANNOTATION } from '../patterns';
import { matched, type BlockRule } from './types';

export const annotation: BlockRule = {
  name: 'annotation',
  describes: 'annotations',
  firstChars: '@',
  singleLine: true,
  match(line, at) {
    return at === 0 && ANNOTATION.test(line) ? matched('annotation', this, 0) : undefined;
  },
};
