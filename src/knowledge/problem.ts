/** One defect found in a knowledge file, located precisely enough to fix it. */
export interface Problem {
  /** Path of the file as it was opened. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  message: string;
}

/** `file:line: message`, the format editors and CI recognise. */
export function formatProblem(problem: Problem, file: string = problem.file): string {
  return `${file}:${problem.line}: ${problem.message}`;
}

/** Sorts problems by file, then line, for stable output. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
