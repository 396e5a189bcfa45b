package dev.knigge.internal.policy;

import dev.knigge.advice.Severity;
import dev.knigge.internal.Suggestions;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One policy folder, read but not yet layered on its parent: {@code policy.properties} parsed
 * and checked, the DRL files, the message bundles and the lexicons.
 */
public final class PolicyLayer {
    private static final Pattern POLICY_ID = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final List<String> KEYS = List.of("id", "version", "description", "extends", "locales",
            "disabled", "enabled", "overrides");

    final PolicyFolder folder;
    final String id;
    final String version;
    final String description;
    final Setting extendsRef;
    final List<String> locales;
    final Setting localesSetting;
    final Map<String, Setting> parameters = new LinkedHashMap<>();
    final Map<String, Setting> severities = new LinkedHashMap<>();
    final List<Setting> disabled = new ArrayList<>();
    final List<Setting> enabled = new ArrayList<>();
    final List<Setting> overrides = new ArrayList<>();
    final List<PolicyFile> drlFiles = new ArrayList<>();
    final Map<String, PropertiesFile> messages = new LinkedHashMap<>();
    final Map<String, PropertiesFile> lexicons = new LinkedHashMap<>();
    final PropertiesFile properties;

    private PolicyLayer(PolicyFolder folder, List<PolicyFile> files, List<Problem> problems) {
        this.folder = folder;
        PropertiesFile props = null;
        for (PolicyFile file : files) {
            String path = file.path();
            if (path.equals(PolicyFolder.POLICY_PROPERTIES)) {
                props = PropertiesFile.parse(file.origin(), file.text());
            } else if (path.endsWith(".drl")) {
                drlFiles.add(file);
            } else if (path.startsWith("lexicon/")) {
                String language = path.substring("lexicon/".length(), path.length() - ".properties".length());
                PropertiesFile lexicon = PropertiesFile.parse(file.origin(), file.text());
                if (!LOCALE.matcher(language).matches()) {
                    problems.add(new Problem(file.origin(), 0, 0,
                            "a lexicon is named after its language's ISO 639-1 code, as in lexicon/de.properties"));
                }
                duplicates(lexicon, problems);
                lexicons.put(language, lexicon);
            } else {
                String locale = path.substring("messages_".length(), path.length() - ".properties".length());
                PropertiesFile bundle = PropertiesFile.parse(file.origin(), file.text());
                if (!LOCALE.matcher(locale).matches()) {
                    problems.add(new Problem(file.origin(), 0, 0,
                            "a message bundle is named after its locale, as in messages_de.properties"));
                }
                duplicates(bundle, problems);
                for (PropertiesFile.Entry entry : bundle.entries().values()) {
                    if (entry.value().length() > PolicyLimits.MESSAGE_CHARS) {
                        problems.add(new Problem(file.origin(), entry.line(), 1, entry.key() + " is "
                                + entry.value().length() + " characters long; a message may have "
                                + PolicyLimits.MESSAGE_CHARS));
                    }
                }
                messages.put(locale, bundle);
            }
        }
        if (props == null) {
            problems.add(new Problem(folder.label(), 0, 0, "no " + PolicyFolder.POLICY_PROPERTIES
                    + " (every policy folder needs one, with at least id= and version=)"));
            props = PropertiesFile.empty(folder.label() + "/" + PolicyFolder.POLICY_PROPERTIES);
        }
        this.properties = props;
        duplicates(props, problems);

        String origin = props.origin();
        this.id = required(props, "id", problems);
        if (id != null && !POLICY_ID.matcher(id).matches()) {
            problems.add(new Problem(origin, props.line("id"), 1,
                    "id '" + id + "' must be lower case letters and digits, joined by - _ or ."));
        }
        this.version = required(props, "version", problems);
        this.description = props.get("description");
        this.extendsRef = props.get("extends") == null || props.get("extends").isBlank() ? null
                : new Setting("extends", props.get("extends").strip(), origin, props.line("extends"),
                        Math.max(1, props.column("extends")));
        if (props.get("locales") != null) {
            this.locales = split(props.get("locales"));
            this.localesSetting = new Setting("locales", props.get("locales"), origin, props.line("locales"));
            for (String locale : locales) {
                if (!LOCALE.matcher(locale).matches()) {
                    problems.add(localesSetting.problem("locale '" + locale + "' is not a locale like en, de or de_AT"));
                }
            }
            if (locales.isEmpty()) {
                problems.add(localesSetting.problem("locales= is empty; name at least one, as in locales=en,de"));
            }
        } else {
            this.locales = null;
            this.localesSetting = null;
        }
        for (PropertiesFile.Entry entry : props.entries().values()) {
            String key = entry.key();
            Setting setting = new Setting(key, entry.value().strip(), origin, entry.line());
            if (key.startsWith("param.")) {
                String name = key.substring("param.".length());
                parameters.put(name, new Setting(name, setting.value(), origin, entry.line()));
                if (setting.value().length() > PolicyLimits.PARAMETER_CHARS) {
                    problems.add(setting.problem("parameter '" + PolicyLimits.quote(name) + "' is "
                            + setting.value().length() + " characters long; a parameter is a number of at most "
                            + PolicyLimits.PARAMETER_CHARS));
                } else if (parseNumber(setting.value()) == null) {
                    problems.add(setting.problem("parameter '" + PolicyLimits.quote(name) + "' must be a number, not '"
                            + setting.value() + "'"));
                }
            } else if (key.startsWith("severity.")) {
                String rule = key.substring("severity.".length());
                severities.put(rule, new Setting(rule, setting.value(), origin, entry.line()));
                if (parseSeverity(setting.value()) == null) {
                    problems.add(setting.problem("severity of " + rule + " must be one of "
                            + Arrays.toString(Severity.values()) + ", not '" + PolicyLimits.quote(setting.value()) + "'"));
                }
            } else if (key.equals("disabled") || key.equals("enabled") || key.equals("overrides")) {
                List<Setting> target = key.equals("disabled") ? disabled : key.equals("enabled") ? enabled : overrides;
                List<String> rules = ruleIds(setting.value());
                String separator = wrongSeparator(setting.value());
                if (separator != null) {
                    problems.add(setting.problem(key + "= separates rule ids with commas, not " + separator
                            + ": write " + key + "=" + String.join(", ", rules)));
                }
                for (String rule : rules) {
                    target.add(new Setting(rule, key, origin, entry.line()));
                }
            } else if (!KEYS.contains(key)) {
                problems.add(setting.problem("unknown key '" + PolicyLimits.quote(key) + "'"
                        + Suggestions.didYouMean(key, KEYS, "param.", "severity.")));
            }
        }
        for (Setting on : enabled) {
            for (Setting off : disabled) {
                if (on.name().equals(off.name())) {
                    problems.add(on.problem(on.name() + " is both disabled and enabled in the same policy"));
                }
            }
        }
    }

    /** Reads one policy folder; problems go to the list, the layer is returned regardless. */
    public static PolicyLayer read(PolicyFolder folder, List<Problem> problems) {
        return new PolicyLayer(folder, folder.files(), problems);
    }

    /** The policy's id as declared, or {@code null} when it is missing. */
    public String id() {
        return id;
    }

    /** The policy's version as declared, or {@code null}. */
    public String version() {
        return version;
    }

    /** The folder this layer was read from. */
    public PolicyFolder folder() {
        return folder;
    }

    /** Its DRL files. */
    public List<PolicyFile> drlFiles() {
        return drlFiles;
    }

    /** Its message bundles by locale. */
    public Map<String, PropertiesFile> messages() {
        return messages;
    }

    /** Its lexicons by language. */
    public Map<String, PropertiesFile> lexicons() {
        return lexicons;
    }

    /** Its {@code extends=} setting, or {@code null} when it extends nothing. */
    public Setting parent() {
        return extendsRef;
    }

    /** Its own {@code param.*} entries by key (not its parents'). */
    public Map<String, Setting> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    /** Its own {@code severity.*} entries by rule id. */
    public Map<String, Setting> severities() {
        return java.util.Collections.unmodifiableMap(severities);
    }

    /** The rule ids its {@code disabled=} names. */
    public List<Setting> disabled() {
        return java.util.Collections.unmodifiableList(disabled);
    }

    /** The rule ids its {@code enabled=} names. */
    public List<Setting> enabled() {
        return java.util.Collections.unmodifiableList(enabled);
    }

    /**
     * The rule ids its {@code overrides=} names: parent rules it adds tiers to on purpose, in its own words.
     */
    public List<Setting> overrides() {
        return java.util.Collections.unmodifiableList(overrides);
    }

    /** Its {@code policy.properties}. */
    public PropertiesFile properties() {
        return properties;
    }

    static Double parseNumber(String value) {
        try {
            double number = Double.parseDouble(value.strip());
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Severity parseSeverity(String value) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(value.strip())) {
                return severity;
            }
        }
        return null;
    }

    static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /**
     * The rule ids of a {@code disabled=} or {@code enabled=} list. Ids are separated by commas;
     * a semicolon, bar or white space between them is read as a separator too, so that the one
     * problem {@link #wrongSeparator} reports is the only one, not one per garbled id.
     */
    static List<String> ruleIds(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split("[,;|\\s]+")) {
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** How a rule id list separates ids other than by commas ({@code ';'}, {@code '|'}, {@code spaces}), or {@code null}. */
    static String wrongSeparator(String list) {
        for (char c : new char[] {';', '|'}) {
            if (list.indexOf(c) >= 0) {
                return "'" + c + "'";
            }
        }
        for (String item : list.split(",")) {
            if (item.strip().chars().anyMatch(Character::isWhitespace)) {
                return "spaces";
            }
        }
        return null;
    }

    private static String required(PropertiesFile props, String key, List<Problem> problems) {
        String value = props.get(key);
        if (value == null || value.isBlank()) {
            problems.add(new Problem(props.origin(), props.line(key), 0, "missing " + key + "="));
            return null;
        }
        return value.strip();
    }

    private static void duplicates(PropertiesFile file, List<Problem> problems) {
        for (PropertiesFile.Entry duplicate : file.duplicates()) {
            problems.add(new Problem(file.origin(), duplicate.line(), 1,
                    "'" + duplicate.key() + "' is given twice; the later one would win silently"));
        }
    }
}
