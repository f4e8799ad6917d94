/**
 * A value an export prints as code instead of a literal: an environment variable (a secret kept
 * out of the script) or, in thread scripts, an expression of the script itself.
 */
export class CodeRef {
  private constructor(
    readonly kind: 'env' | 'code',
    /** The variable's name, or the TypeScript expression. */
    readonly text: string,
  ) {}

  static env(name: string): CodeRef {
    return new CodeRef('env', name);
  }

  static code(expression: string): CodeRef {
    return new CodeRef('code', expression);
  }
}
