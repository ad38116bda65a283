// The stances as the views show them — the tree, the tracker, the Word files — in one order and in words. Nothing
// here imports code, so the VS Code client can use it without taking in the model.
import type { InferredStance, StanceValue } from './stance';

/** What a recommendation's stance is, as the views show it: the user's when given, else the inferred one. */
export type ShownStance = StanceValue | InferredStance;

/** The stances in the order the views list and colour them, with the words they show. */
export const STANCE_ORDER: readonly { stance: ShownStance; label: string }[] = [
  { stance: 'accepted', label: 'Accepted' },
  { stance: 'accepted-in-principle', label: 'Accepted in principle' },
  { stance: 'accepted-in-part', label: 'Accepted in part' },
  { stance: 'under-consideration', label: 'Under consideration' },
  { stance: 'noted', label: 'Noted' },
  { stance: 'rejected', label: 'Rejected' },
  { stance: 'unclear', label: 'Unclear' },
  { stance: 'no-response', label: 'No response' },
];

export function stanceWords(stance: ShownStance): string {
  return STANCE_ORDER.find((s) => s.stance === stance)?.label ?? stance;
}
