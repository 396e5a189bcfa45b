package dev.knigge.internal.load;

import dev.knigge.internal.engine.CompiledRules;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one load of a policy found: its files resolved, its lexicons and rules compiled, every
 * problem, and the folders on disk it was read from.
 *
 * @param policy the policy with its parents, or {@code null} when its layers did not resolve
 * @param lexicons every language's lexicon (empty when the policy did not resolve)
 * @param rules the rule base, or {@code null} when anything was wrong
 * @param problems every problem, sorted by file, line and column, each once
 * @param folders the folder loaded and every parent folder on disk it extends, as far as they resolved:
 *        what a watcher watches
 */
public record LoadedPolicy(ResolvedPolicy policy, Map<String, Lexicon> lexicons, CompiledRules rules,
                           List<Problem> problems, List<Path> folders) {

    public LoadedPolicy {
        lexicons = Map.copyOf(lexicons);
        problems = List.copyOf(problems);
        folders = List.copyOf(folders);
    }

    /** Whether the policy loaded without a problem, so an engine can be made of it. */
    public boolean clean() {
        return problems.isEmpty() && rules != null;
    }
}
