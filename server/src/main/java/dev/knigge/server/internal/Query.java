package dev.knigge.server.internal;

import dev.knigge.Advisor;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of an endpoint ({@code ?locale=de&explain=true}), checked against the ones it
 * knows: an unknown or repeated parameter, or a bad value, is a 400 that names it.
 */
final class Query {
    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static Query of(URI uri, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!known.contains(name)) {
                    throw HttpError.badRequest("?" + name + ": unknown parameter"
                            + (known.isEmpty() ? " (this endpoint takes none)" : " (known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
                }
                if (values.put(name, value) != null) {
                    throw HttpError.badRequest("?" + name + ": given more than once");
                }
            }
        }
        return new Query(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("the query is not URL-encoded properly");
        }
    }

    /** {@code ?explain=true|false}; absent is false. */
    boolean flag(String name) {
        String value = values.get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        throw HttpError.badRequest("?" + name + ": must be true or false (was '" + value + "')");
    }

    /**
     * {@code ?locale=}: a locale the policy declares, or {@code null} when absent (then the
     * request's language when the policy has it, else English, as with the command).
     */
    Locale locale(Advisor advisor) {
        String value = values.get("locale");
        if (value == null || value.isEmpty()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
        for (Locale known : advisor.locales()) {
            if (!locale.getLanguage().isEmpty() && known.getLanguage().equals(locale.getLanguage())) {
                return locale;
            }
        }
        throw HttpError.badRequest("?locale=" + value + ": the policy " + advisor.policyId() + " speaks "
                + advisor.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")));
    }
}
