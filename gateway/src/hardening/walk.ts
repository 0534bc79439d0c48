/** The most steps one cost or depth analysis may take; a larger operation is refused, not walked. */
export const MAX_ANALYSIS_STEPS = 200_000;

/**
 * One step of an analysis over an operation (a selection set, a field, a fragment spread): the
 * steps it needs the values of first, and how it combines them into its own value.
 */
export interface Step<T> {
  /** Steps with the same key have the same value: a fragment spread many times is walked once. */
  key?: string;
  /** The steps to evaluate first; work done in place (a leaf field counted directly) is `spend`. */
  children(spend: (work: number) => void): readonly Step<T>[];
  combine(values: readonly T[]): T;
}

/** An analysis that would take more steps than it may: the operation is refused as too complex. */
export class WalkLimitError extends Error {
  constructor(readonly maxSteps: number) {
    super(`the analysis would take more than ${maxSteps} steps`);
  }
}

/**
 * Evaluates `root` depth-first with an explicit stack, so nesting (a chain of 3,000 fragments) is
 * bounded by the heap, not the call stack, and no more than `maxSteps` steps run: every analysis
 * of a request is bounded before it starts (docs/ARCHITECTURE.md §5.4). A step whose key is
 * already being evaluated (a fragment cycle, refused by validation before this runs) is `cycle`.
 */
export function walk<T>(root: Step<T>, cycle: T, maxSteps: number): T {
  interface Frame {
    step: Step<T>;
    children: readonly Step<T>[];
    values: T[];
  }
  const memo = new Map<string, T>();
  const active = new Set<string>();
  const stack: Frame[] = [];
  let steps = 0;
  let result = cycle;
  const spend = (work: number) => {
    steps += work;
    if (steps > maxSteps) throw new WalkLimitError(maxSteps);
  };

  const deliver = (value: T) => {
    if (stack.length === 0) result = value;
    else stack[stack.length - 1].values.push(value);
  };
  const enter = (step: Step<T>) => {
    if (step.key !== undefined) {
      const known = memo.get(step.key);
      if (known !== undefined) return deliver(known);
      if (active.has(step.key)) return deliver(cycle);
      active.add(step.key);
    }
    spend(1);
    stack.push({ step, children: step.children(spend), values: [] });
  };

  enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.values.length < frame.children.length) {
      enter(frame.children[frame.values.length]);
      continue;
    }
    stack.pop();
    const value = frame.step.combine(frame.values);
    if (frame.step.key !== undefined) {
      active.delete(frame.step.key);
      memo.set(frame.step.key, value);
    }
    deliver(value);
  }
  return result;
}
