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
     * Fills {@code {name}} placeholders from the values; a placeholder without a value stays as
     * written. Whole numbers print as digits, other numbers with up to two decimals in the
     * locale's style. The result stops at {@link PolicyLimits#RENDERED_CHARS} characters, ending
     * in "…", however many placeholders the template has.
     */
    public static String render(String template, Map<String, Object> values, Locale locale) {
        if (values.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            if (out.length() > PolicyLimits.RENDERED_CHARS) {
                break;
            }
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i + 1);
                if (close > i + 1) {
                    String name = template.substring(i + 1, close);
                    if (values.containsKey(name)) {
                        out.append(format(values.get(name), locale));
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        if (out.length() > PolicyLimits.RENDERED_CHARS) {
            out.setLength(PolicyLimits.RENDERED_CHARS - 1);
            out.append('…');
        }
        return out.toString();
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
        return String.valueOf(value);
    }
}
