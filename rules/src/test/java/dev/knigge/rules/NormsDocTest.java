package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.rules.PolicySources.DrlRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/norms.md and the built-in rules stay in step: every rule id of {@code professional} has one
 * section there ({@code ### GEN-NO-BASIS}) and every such section is a rule id; each section lists the
 * severities its rules raise in {@code professional} and {@code strict}; each DRL file cites the sections
 * of the ids it holds; every anchor of docs/norms.md cited anywhere in the repository exists; and no
 * file cites the planning documents that are not in the repository. Each check is a function of the
 * texts it reads, so {@link #theChecksReportWhatIsWrong()} can show that each one fails on a broken input.
 */
class NormsDocTest {
    /** The tests run in the module directory; the repository is its parent. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DOC = ROOT.resolve("docs/norms.md");

    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6})\\s+(.+?)\\s*$");
    private static final Pattern ID_HEADING = Pattern.compile("(?m)^###\\s+([A-Z]+(?:-[A-Z0-9]+)+)\\s*$");
    private static final Pattern SEVERITY_WORD = Pattern.compile("\\b(BLOCKER|WARNING|ADVICE)\\b");
    /** A citation of a section of docs/norms.md by its anchor, or (inside docs/) a relative Markdown link to one. */
    private static final Pattern CITATION = Pattern.compile("(?:docs/|\\]\\()norms\\.md#([A-Za-z0-9_-]+)");
    /** A mention of the planning documents outside the repository (the design and norms files of the planning folder). */
    private static final Pattern STALE = Pattern.compile("design\\.md|(?<!docs/)(?<!\\]\\()norms\\.md");

    @Test
    void everyRuleIdOfProfessionalHasOneSectionAndEverySectionIsARuleId() {
        assertThat(sectionProblems(professionalIds(), doc())).isEmpty();
    }

    @Test
    void eachSectionListsTheSeveritiesItsRulesRaiseInBothPolicies() {
        assertThat(severityProblems(severitiesById(), strictSeverities(), doc())).isEmpty();
    }

    @Test
    void eachDrlFileCitesTheSectionOfEveryIdItHolds() {
        Map<String, String> drl = new TreeMap<>();
        for (Path file : PolicySources.drlFiles()) {
            drl.put(file.getFileName().toString(), PolicySources.read(file));
        }
        Map<String, String> fileOfId = new TreeMap<>();
        for (DrlRule rule : PolicySources.professionalRules()) {
            fileOfId.put(rule.id(), rule.file());
        }
        assertThat(uncitedIds(fileOfId, drl)).isEmpty();
    }

    @Test
    void everyCitedAnchorExists() {
        Map<String, String> files = repositoryFiles();
        assertThat(files).as("repository files read from %s", ROOT).containsKey("README.md");
        assertThat(citationProblems(files, anchors(doc()))).isEmpty();
    }

    @Test
    void nothingCitesThePlanningDocumentsOutsideTheRepository() {
        Map<String, String> files = repositoryFiles();
        files.remove("docs/norms.md");
        assertThat(staleCitations(files)).isEmpty();
    }

    /** Every check fails on an input that breaks what it guards, so a green run means something. */
    @Test
    void theChecksReportWhatIsWrong() {
        String doc = """
                # Norms

                ## Cold outreach

                ### GEN-NO-BASIS

                - **Severity (professional):** BLOCKER.
                - **Severity (strict):** BLOCKER.

                ### GEN-RETIRED

                - **Severity (professional):** ADVICE.
                - **Severity (strict):** ADVICE.
                """;
        assertThat(sectionProblems(Set.of("GEN-NO-BASIS", "GEN-VOLUME"), doc)).containsExactly(
                "GEN-VOLUME: no section ### GEN-VOLUME in docs/norms.md",
                "GEN-RETIRED: a section in docs/norms.md, but no built-in rule has this id");

        assertThat(severityProblems(Map.of("GEN-NO-BASIS", Set.of("BLOCKER", "WARNING")),
                Map.of("GEN-NO-BASIS", Set.of("BLOCKER", "WARNING")), doc)).containsExactly(
                "GEN-NO-BASIS: docs/norms.md lists [BLOCKER] for professional, its rules raise [BLOCKER, WARNING]",
                "GEN-NO-BASIS: docs/norms.md lists [BLOCKER] for strict, its rules raise [BLOCKER, WARNING]");
        assertThat(severityProblems(Map.of("GEN-NO-BASIS", Set.of("BLOCKER")), Map.of("GEN-NO-BASIS", Set.of("BLOCKER")),
                "### GEN-NO-BASIS\n\nNo severity here.\n")).containsExactly(
                "GEN-NO-BASIS: no \"- **Severity (professional):**\" line in its section",
                "GEN-NO-BASIS: no \"- **Severity (strict):**\" line in its section");

        String cited = "// Cold outreach (" + "docs/norms.md" + "#gen-no-basis).\n";
        assertThat(uncitedIds(Map.of("GEN-NO-BASIS", "outreach.drl", "GEN-BIG-ASK", "outreach.drl"),
                Map.of("outreach.drl", cited))).containsExactly(
                "outreach.drl: holds GEN-BIG-ASK but never cites " + "docs/norms.md" + "#gen-big-ask");

        assertThat(anchors(doc)).contains("norms", "cold-outreach", "gen-no-basis", "gen-retired");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("rules/a.drl", cited + "// and " + "docs/norms.md" + "#gen-no-such-norm\n");
        files.put("docs/quality.md", "see [the sources](" + "norms" + ".md" + "#nowhere)\n");
        assertThat(citationProblems(files, anchors(doc))).containsExactly(
                "rules/a.drl:2: cites " + "docs/norms.md" + "#gen-no-such-norm, which docs/norms.md has no heading for",
                "docs/quality.md:1: cites " + "docs/norms.md" + "#nowhere, which docs/norms.md has no heading for");

        Map<String, String> stale = new LinkedHashMap<>();
        stale.put("rules/b.drl", "// Pace (" + "norms" + ".md §3.1: 2, 3).\n");
        stale.put("core/C.java", "ok " + "docs/norms.md" + "#gen-volume\n/* the request format (see " + "design" + ".md) */\n");
        stale.put("docs/quality.md", "[fine](" + "norms" + ".md#sources)\n");
        assertThat(staleCitations(stale)).containsExactly(
                "rules/b.drl:1: cites " + "norms" + ".md, which is not in the repository (cite docs/norms.md#<anchor>)",
                "core/C.java:2: cites " + "design" + ".md, which is not in the repository (cite docs/norms.md#<anchor>)");
    }

    // --- the checks ------------------------------------------------------------------------------

    static List<String> sectionProblems(Set<String> ruleIds, String doc) {
        List<String> problems = new ArrayList<>();
        List<String> sections = idSections(doc);
        for (String id : new TreeSet<>(ruleIds)) {
            if (!sections.contains(id)) {
                problems.add(id + ": no section ### " + id + " in docs/norms.md");
            }
        }
        Set<String> seen = new TreeSet<>();
        for (String id : sections) {
            if (!seen.add(id)) {
                problems.add(id + ": more than one section in docs/norms.md");
            } else if (!ruleIds.contains(id)) {
                problems.add(id + ": a section in docs/norms.md, but no built-in rule has this id");
            }
        }
        return problems;
    }

    static List<String> severityProblems(Map<String, Set<String>> professional, Map<String, Set<String>> strict,
            String doc) {
        List<String> problems = new ArrayList<>();
        for (String id : new TreeSet<>(professional.keySet())) {
            String body = sectionBody(doc, id);
            if (body == null) {
                continue; // sectionProblems reports it
            }
            Set<String> listedProfessional = severitiesOnLine(body, "professional");
            Set<String> listedStrict = severitiesOnLine(body, "strict");
            if (listedProfessional == null) {
                problems.add(id + ": no \"- **Severity (professional):**\" line in its section");
            } else if (!listedProfessional.equals(new TreeSet<>(professional.get(id)))) {
                problems.add(id + ": docs/norms.md lists " + listedProfessional + " for professional, its rules raise "
                        + new TreeSet<>(professional.get(id)));
            }
            if (listedStrict == null) {
                problems.add(id + ": no \"- **Severity (strict):**\" line in its section");
            } else {
                Set<String> expected = new TreeSet<>(strict.get(id));
                Set<String> listed = listedStrict.isEmpty() && listedProfessional != null ? listedProfessional : listedStrict;
                if (!listed.equals(expected)) {
                    problems.add(id + ": docs/norms.md lists " + listed + " for strict, its rules raise " + expected);
                }
            }
        }
        return problems;
    }

    static List<String> uncitedIds(Map<String, String> fileOfId, Map<String, String> drlByFile) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(fileOfId).forEach((id, file) -> {
            String citation = "docs/norms.md#" + slug(id);
            if (!drlByFile.getOrDefault(file, "").contains(citation)) {
                problems.add(file + ": holds " + id + " but never cites " + citation);
            }
        });
        return problems;
    }

    static List<String> citationProblems(Map<String, String> files, Set<String> anchors) {
        List<String> problems = new ArrayList<>();
        files.forEach((path, text) -> forEachLine(text, (number, line) -> {
            Matcher citation = CITATION.matcher(line);
            while (citation.find()) {
                if (!anchors.contains(citation.group(1))) {
                    problems.add(path + ":" + number + ": cites docs/norms.md#" + citation.group(1)
                            + ", which docs/norms.md has no heading for");
                }
            }
        }));
        return problems;
    }

    static List<String> staleCitations(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        files.forEach((path, text) -> forEachLine(text, (number, line) -> {
            Matcher stale = STALE.matcher(line);
            while (stale.find()) {
                boolean relativeLinkInDocs = path.startsWith("docs/") && stale.group().startsWith("norms")
                        && line.startsWith("](", stale.start() - 2);
                if (!relativeLinkInDocs) {
                    problems.add(path + ":" + number + ": cites " + stale.group()
                            + ", which is not in the repository (cite docs/norms.md#<anchor>)");
                }
            }
        }));
        return problems;
    }

    // --- reading Markdown --------------------------------------------------------------------------

    /** The ids of the {@code ### RULE-ID} headings, in order, duplicates kept. */
    static List<String> idSections(String doc) {
        List<String> ids = new ArrayList<>();
        Matcher heading = ID_HEADING.matcher(doc);
        while (heading.find()) {
            ids.add(heading.group(1));
        }
        return ids;
    }

    /** The anchors GitHub gives the headings: lower case, punctuation dropped, spaces as dashes. */
    static Set<String> anchors(String doc) {
        Set<String> anchors = new TreeSet<>();
        Matcher heading = HEADING.matcher(doc);
        while (heading.find()) {
            String slug = slug(heading.group(2));
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return anchors;
    }

    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** The text under {@code ### id} up to the next heading, or null without such a section. */
    static String sectionBody(String doc, String id) {
        Matcher heading = Pattern.compile("(?m)^###\\s+" + Pattern.quote(id) + "\\s*$").matcher(doc);
        if (!heading.find()) {
            return null;
        }
        Matcher next = Pattern.compile("(?m)^#").matcher(doc);
        int end = next.find(heading.end()) ? next.start() : doc.length();
        return doc.substring(heading.end(), end);
    }

    /**
     * The severities named on a section's {@code - **Severity (policy):**} bullet (with its continuation
     * lines); empty for "as professional"; null without such a bullet.
     */
    static Set<String> severitiesOnLine(String body, String policy) {
        String marker = "- **Severity (" + policy + "):**";
        int start = body.indexOf(marker);
        if (start < 0) {
            return null;
        }
        StringBuilder bullet = new StringBuilder(body.substring(start + marker.length(),
                body.indexOf('\n', start) < 0 ? body.length() : body.indexOf('\n', start)));
        List<String> after = body.substring(start).lines().skip(1).collect(Collectors.toList());
        for (String line : after) {
            if (!line.startsWith("  ")) {
                break;
            }
            bullet.append(' ').append(line.strip());
        }
        // "WARNING (…), ADVICE (…)": only the words outside parentheses name severities.
        String words = bullet.toString().replaceAll("\\([^)]*\\)", "");
        Set<String> severities = new TreeSet<>();
        Matcher severity = SEVERITY_WORD.matcher(words);
        while (severity.find()) {
            severities.add(severity.group(1));
        }
        return severities;
    }

    private interface LineVisitor {
        void visit(int number, String line);
    }

    private static void forEachLine(String text, LineVisitor visitor) {
        List<String> lines = text.lines().collect(Collectors.toList());
        for (int i = 0; i < lines.size(); i++) {
            visitor.visit(i + 1, lines.get(i));
        }
    }

    // --- what the repository holds -------------------------------------------------------------------

    static String doc() {
        assertThat(DOC).exists();
        return PolicySources.read(DOC);
    }

    static Set<String> professionalIds() {
        return PolicySources.professionalRules().stream().map(DrlRule::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each id with the severities its DRL rules raise (rules that only report {@code unchecked} raise none). */
    static Map<String, Set<String>> severitiesById() {
        Map<String, Set<String>> severities = new TreeMap<>();
        for (DrlRule rule : PolicySources.professionalRules()) {
            Set<String> of = severities.computeIfAbsent(rule.id(), id -> new TreeSet<>());
            if (rule.severity() != null) {
                of.add(rule.severity());
            }
        }
        return severities;
    }

    /** strict raises professional's severities, except where its policy.properties sets severity.ID. */
    static Map<String, Set<String>> strictSeverities() {
        Properties strict = PolicySources.properties(PolicySources.STRICT.resolve("policy.properties"));
        Map<String, Set<String>> severities = new TreeMap<>();
        severitiesById().forEach((id, raised) -> {
            String override = strict.getProperty("severity." + id);
            severities.put(id, override == null ? raised : Set.of(override.strip()));
        });
        return severities;
    }

    /**
     * Every text file of the repository (build output, .git and binary files left out), keyed by its path
     * relative to the repository with / separators.
     */
    static Map<String, String> repositoryFiles() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(ROOT.relativize(f).toString().replace('\\', '/').split("/"))
                            .noneMatch(part -> part.equals("target") || part.equals(".git") || part.equals("node_modules")))
                    .forEach(f -> {
                        byte[] bytes = read(f);
                        if (bytes.length < 4_000_000 && !containsNul(bytes)) {
                            files.put(ROOT.relativize(f).toString().replace('\\', '/'),
                                    new String(bytes, StandardCharsets.UTF_8));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
