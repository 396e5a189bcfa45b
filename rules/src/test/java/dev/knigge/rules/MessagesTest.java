package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.rules.PolicySources.DrlRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The professional policy's message bundles: complete in English and German, every placeholder
 * filled by every tier of its rule (a {@code {name?…}} section by some tier, and its placeholders by
 * every tier that passes its name), German in the polite form with German quotes. (Each firing case
 * in the rule tests also renders its finding in both locales and checks that no placeholder is
 * left; {@link RenderedMessagesTest} renders every tier against varied facts.)
 */
class MessagesTest {
    static final List<String> PARTS = List.of("title", "reason", "suggestion");
    static final List<String> LOCALES = List.of("en", "de");
    static final List<String> PLATFORMS = List.of("LINKEDIN", "XING", "GENERIC");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");
    private static final Pattern SECTION = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\?([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}");

    static Properties bundle(String locale) {
        return PolicySources.properties(PolicySources.PROFESSIONAL.resolve("messages_" + locale + ".properties"));
    }

    static Set<String> ids() {
        return PolicySources.professionalRules().stream().map(DrlRule::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleHasATitleReasonAndSuggestionInEveryLocale() {
        List<String> missing = new ArrayList<>();
        for (String locale : LOCALES) {
            Properties bundle = bundle(locale);
            for (String id : ids()) {
                for (String part : PARTS) {
                    String text = bundle.getProperty(id + "." + part);
                    if (text == null || text.isBlank()) {
                        missing.add("messages_" + locale + ": " + id + "." + part);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bundlesHoldNoKeysForRulesThatDoNotExist() {
        Set<String> known = new TreeSet<>();
        for (String id : ids()) {
            for (String part : PARTS) {
                known.add(id + "." + part);
                for (String platform : PLATFORMS) {
                    known.add(id + "." + part + "." + platform);
                }
            }
        }
        for (String locale : LOCALES) {
            assertThat(bundle(locale).stringPropertyNames()).as("keys of messages_%s", locale).isSubsetOf(known);
        }
    }

    @Test
    void everyPlaceholderIsFilledByEveryTierOfItsRule() {
        Map<String, List<DrlRule>> tiers = new TreeMap<>();
        for (DrlRule rule : PolicySources.professionalRules()) {
            if (rule.unchecked() == null) {
                tiers.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
            }
        }
        List<String> unfilled = new ArrayList<>();
        for (String locale : LOCALES) {
            Properties bundle = bundle(locale);
            for (String key : bundle.stringPropertyNames()) {
                String id = key.substring(0, key.indexOf('.'));
                String text = bundle.getProperty(key);
                List<DrlRule> rules = tiers.getOrDefault(id, List.of());
                for (String name : placeholders(SECTION.matcher(text).replaceAll(""))) {
                    for (DrlRule rule : rules) {
                        if (!rule.raises().contains(name)) {
                            unfilled.add("messages_" + locale + ": " + key + " uses {" + name + "}, which rule \""
                                    + rule.name() + "\" does not pass");
                        }
                    }
                }
                Matcher section = SECTION.matcher(text);
                while (section.find()) {
                    String name = section.group(1);
                    List<DrlRule> passing = rules.stream().filter(rule -> rule.raises().contains(name)).toList();
                    if (passing.isEmpty()) {
                        unfilled.add("messages_" + locale + ": " + key + " has a section {" + name
                                + "?…} that no rule of " + id + " passes");
                    }
                    for (String inner : placeholders(section.group(2))) {
                        for (DrlRule rule : passing) {
                            if (!rule.raises().contains(inner)) {
                                unfilled.add("messages_" + locale + ": " + key + " uses {" + inner + "} in section {"
                                        + name + "?…}, which rule \"" + rule.name() + "\" passes without it");
                            }
                        }
                    }
                }
            }
        }
        assertThat(unfilled).isEmpty();
    }

    @Test
    void everyPlatformVariantHasItsPlainText() {
        for (String locale : LOCALES) {
            Properties bundle = bundle(locale);
            for (String key : bundle.stringPropertyNames()) {
                if (PLATFORMS.stream().anyMatch(p -> key.endsWith("." + p))) {
                    assertThat(bundle.getProperty(key.substring(0, key.lastIndexOf('.')))).as("plain text of %s", key)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void englishAndGermanUseTheSamePlaceholders() {
        Properties en = bundle("en");
        Properties de = bundle("de");
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(de.getProperty(key, ""))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void noMessageFormatEscapesSurvive() {
        for (String locale : LOCALES) {
            Properties bundle = bundle(locale);
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as("%s in messages_%s", key, locale).doesNotContain("''");
            }
        }
    }

    @Test
    void germanUsesGermanQuotationMarks() {
        Properties de = bundle("de");
        for (String key : de.stringPropertyNames()) {
            String text = de.getProperty(key);
            // „…“ opens low (U+201E) and closes high (U+201C); English ” (U+201D) and " don't belong.
            assertThat(text).as(key).doesNotContain("\"").doesNotContain("\u201D");
            assertThat(count(text, '„')).as("opening and closing quotes in %s", key).isEqualTo(count(text, '“'));
        }
    }

    @Test
    void germanAddressesTheReaderWithSieOutsideQuotations() {
        Pattern du = Pattern.compile("(?iu)\\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer)\\b");
        Properties de = bundle("de");
        for (String key : de.stringPropertyNames()) {
            String unquoted = de.getProperty(key).replaceAll("„[^“]*“", "");
            assertThat(du.matcher(unquoted).find()).as("informal address in %s: %s", key, unquoted).isFalse();
        }
    }

    /** The placeholder names of a text, sections and their contents included ({@code {name?…}} counts as name). */
    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        Matcher section = SECTION.matcher(text);
        while (section.find()) {
            names.add(section.group(1));
        }
        return names;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
