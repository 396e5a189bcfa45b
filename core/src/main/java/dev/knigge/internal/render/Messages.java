package dev.knigge.internal.render;

import dev.knigge.internal.policy.PolicyLimits;
import dev.knigge.internal.policy.PropertiesFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A policy's message bundles, merged down its chain: {@code <RULE-ID>.title}, {@code .reason}
 * and {@code .suggestion} per locale, with named placeholders that Knigge fills in itself
 * ({@code {sent}}), so apostrophes survive ("Don't", "I'd"). Looks a key up in the locale, then
 * its language, then English.
 * <ul>
 *   <li>A text may have a variant for one platform, {@code <RULE-ID>.<part>.XING}, used for requests
 *       on that platform: what only holds on XING or LinkedIn is said only there.</li>
 *   <li>{@code {name?text}} renders {@code text} only when the rule passed a value for {@code name}
 *       that is not {@code null}, {@code false}, zero or blank; {@code text} may hold placeholders:
 *       {@code {mutual?Name the {mutual} mutual contacts.}}</li>
 * </ul>
 */
public final class Messages {
    private final Map<String, Map<String, String>> byLocale = new HashMap<>();

    public Messages(Map<String, Map<String, PropertiesFile.Entry>> bundles) {
        bundles.forEach((locale, entries) -> {
            Map<String, String> texts = new HashMap<>();
            entries.forEach((key, entry) -> texts.put(key, entry.value()));
            byLocale.put(locale, texts);
        });
    }

    /**
     * The text for a key in a platform's variant ({@code key.XING}) when a bundle of the locale or
     * its language has one, else the key's text; {@code null} when no bundle on the fallback path has it.
     */
    public String text(Locale locale, String key, String platform) {
        if (platform != null) {
            String tag = locale.getCountry().isEmpty() ? locale.getLanguage()
                    : locale.getLanguage() + "_" + locale.getCountry();
            String variant = lookup(tag, key + "." + platform);
            if (variant == null && !tag.equals(locale.getLanguage())) {
                variant = lookup(locale.getLanguage(), key + "." + platform);
            }
            if (variant != null) {
                return variant;
            }
        }
        return text(locale, key);
    }

    /** The text for a key, or {@code null} when no bundle on the fallback path has it. */
    public String text(Locale locale, String key) {
        String tag = locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
        String text = lookup(tag, key);
        if (text == null && !tag.equals(locale.getLanguage())) {
            text = lookup(locale.getLanguage(), key);
        }
        if (text == null && !locale.getLanguage().equals("en")) {
            text = lookup("en", key);
        }
        return text;
    }

    /** Whether a bundle for this exact locale tag or language exists. */
    public boolean has(String tag) {
        return byLocale.containsKey(tag);
    }

    private String lookup(String tag, String key) {
        Map<String, String> texts = byLocale.get(tag);
        return texts == null ? null : texts.get(key);
    }

    /**
     * Fills {@code {name}} placeholders from the values and renders {@code {name?text}} sections
     * whose value is given; a placeholder without a value stays as written. Whole numbers print as
     * digits, other numbers with up to two decimals in the locale's style. The result stops at
     * {@link PolicyLimits#RENDERED_CHARS} characters, ending in "…", however many placeholders the
     * template has. A value of one of the request's enums prints in the locale's words
     * ({@code INMAIL} as "InMail", "InMail-Nachricht"), see {@link EnumWords}.
     */
    public static String render(String template, Map<String, Object> values, Locale locale) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        render(template, 0, template.length(), values, locale, out);
        if (out.length() > PolicyLimits.RENDERED_CHARS) {
            out.setLength(PolicyLimits.RENDERED_CHARS - 1);
            out.append('…');
        }
        return out.toString();
    }

    private static void render(String template, int from, int to, Map<String, Object> values, Locale locale,
                               StringBuilder out) {
        int i = from;
        while (i < to && out.length() <= PolicyLimits.RENDERED_CHARS) {
            char c = template.charAt(i);
            if (c == '{') {
                int name = i + 1;
                int end = name;
                while (end < to && isNameChar(template.charAt(end))) {
                    end++;
                }
                if (end > name && end < to && template.charAt(end) == '}' && values.containsKey(template.substring(name, end))) {
                    out.append(format(values.get(template.substring(name, end)), locale));
                    i = end + 1;
                    continue;
                }
                if (end > name && end < to && template.charAt(end) == '?') {
                    int close = closing(template, end + 1, to);
                    if (close > 0) {
                        if (given(values.get(template.substring(name, end)))) {
                            render(template, end + 1, close, values, locale, out);
                        }
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
    }

    /** The brace that closes a section opened before {@code from}, or -1. */
    private static int closing(String template, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    /** Whether a section's value counts as given: not null, false, zero or blank. */
    static boolean given(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return !(value instanceof CharSequence text) || !text.toString().isBlank();
    }

    static String format(Object value, Locale locale) {
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return Long.toString((long) number);
            }
            String text = String.format(Locale.ROOT, "%.2f", number).replaceFirst("0+$", "").replaceFirst("\\.$", "");
            return locale.getLanguage().equals("de") ? text.replace('.', ',') : text;
        }
        if (value instanceof Enum<?> constant) {
            return EnumWords.of(constant, locale);
        }
        return String.valueOf(value);
    }
}
