/**
 * Whether a program an integration test needs is on this machine. Under CI
 * (`CI=true`) a missing one fails the run, since .ci/run must install it;
 * locally the tests that need it are skipped with a loud message.
 */
export function programAvailable(what: string, present: boolean, aptPackage: string): boolean {
  if (present) return true;
  if (process.env.CI) {
    throw new Error(
      `${what} is missing: .ci/run must install it (apt-get install -y ${aptPackage}).`,
    );
  }
  console.warn(
    `\n!!! SKIPPING THE TESTS THAT NEED ${what}: it is missing. Install it with: apt-get install -y ${aptPackage}\n`,
  );
  return false;
}
