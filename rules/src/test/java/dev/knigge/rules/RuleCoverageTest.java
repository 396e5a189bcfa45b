package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.RuleDescription;
import dev.knigge.rules.PolicySources.DrlRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The test rig: every DRL file of the professional policy has a test class ({@code pace.drl} →
 * {@code PaceRulesTest}), and every rule id in it has a {@code @Nested} class there
 * ({@code GEN-VOLUME} → {@code GenVolume}) with at least one case where it fires, one for each of
 * its severities, and one where it must stay silent; a rule that reports what could not be judged
 * ({@code @unchecked}) has a case that sees it reported. A rule added without tests fails the build.
 */
class RuleCoverageTest {

    @Test
    void theDrlSourcesHoldExactlyTheRulesTheEngineLoads() {
        Set<String> parsed = PolicySources.professionalRules().stream().map(DrlRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> loaded = Reviews.PROFESSIONAL.rules(Locale.ENGLISH).stream().map(RuleDescription::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(parsed).isEqualTo(loaded);
    }

    @Test
    void eachRuleIdLivesInOneFile() {
        Map<String, Set<String>> files = new TreeMap<>();
        for (DrlRule rule : PolicySources.professionalRules()) {
            files.computeIfAbsent(rule.id(), id -> new TreeSet<>()).add(rule.file());
        }
        files.forEach((id, in) -> assertThat(in).as("files holding %s", id).hasSize(1));
    }

    @Test
    void everyRuleIdHasNestedTestsThatSeeItFireInEveryTierAndStaySilent() {
        Map<String, List<DrlRule>> byId = new TreeMap<>();
        for (DrlRule rule : PolicySources.professionalRules()) {
            byId.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
        }
        List<String> problems = new ArrayList<>();
        byId.forEach((id, tiers) -> {
            String file = tiers.get(0).file();
            Path test = PolicySources.TESTS.resolve(testClass(file) + ".java");
            if (!Files.exists(test)) {
                problems.add(file + ": no test class " + test);
                return;
            }
            String body = nestedBody(PolicySources.read(test), nestedClass(id));
            if (body == null) {
                problems.add(id + ": no @Nested class " + nestedClass(id) + " in " + test.getFileName());
                return;
            }
            if (!body.contains("\"" + id + "\"")) {
                problems.add(id + ": " + nestedClass(id) + " never names \"" + id + "\"");
            }
            if (!body.contains("assertFires(")) {
                problems.add(id + ": no case where it fires");
            }
            if (!body.contains("assertSilent(")) {
                problems.add(id + ": no case where it stays silent");
            }
            for (String severity : tiers.stream().map(DrlRule::severity).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new))) {
                if (!Pattern.compile("assertFires\\([^;]*\\b" + severity + "\\b").matcher(body).find()) {
                    problems.add(id + ": no case where it fires as " + severity);
                }
            }
            for (String unchecked : tiers.stream().map(DrlRule::unchecked).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new))) {
                if (!Pattern.compile("assertUnchecked\\([^;]*\"" + unchecked + "\"").matcher(body).find()) {
                    problems.add(id + ": no case where it reports \"" + unchecked + "\" as unchecked");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** {@code pace.drl} → {@code PaceRulesTest}. */
    static String testClass(String drlFile) {
        String base = drlFile.substring(0, drlFile.length() - ".drl".length());
        return Character.toUpperCase(base.charAt(0)) + base.substring(1) + "RulesTest";
    }

    /** {@code GEN-NO-BASIS} → {@code GenNoBasis}. */
    static String nestedClass(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The text between the braces of {@code @Nested class Name}, or {@code null}. */
    static String nestedBody(String source, String name) {
        Matcher matcher = Pattern.compile("@Nested\\s+(?:static\\s+)?class\\s+" + name + "\\s*\\{").matcher(source);
        if (!matcher.find()) {
            return null;
        }
        int depth = 1;
        int i = matcher.end();
        while (i < source.length() && depth > 0) {
            char c = source.charAt(i++);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return source.substring(matcher.end(), i - 1);
    }
}
