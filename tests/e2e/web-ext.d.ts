/** The part of web-ext's Node API the tests use (the package ships no types). */
declare module 'web-ext' {
  interface LintMessage {
    code: string;
    message: string;
    description: string;
    file?: string;
  }
  interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; output?: 'json' | 'text' | 'none'; boring?: boolean; selfHosted?: boolean },
        options?: { shouldExitProgram?: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
