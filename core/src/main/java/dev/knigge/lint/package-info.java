/**
 * Lint for policies: {@link dev.knigge.lint.PolicyLint} checks a policy folder and reports every
 * problem as {@code file:line:column: message}, the Java side of {@code knigge lint}.
 */
package dev.knigge.lint;
