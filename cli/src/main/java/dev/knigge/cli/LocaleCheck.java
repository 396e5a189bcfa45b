package dev.knigge.cli;

import dev.knigge.Advisor;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --locale} takes a locale the policy declares; anything else is a usage error. */
final class LocaleCheck {
    private LocaleCheck() {}

    static boolean declared(Advisor advisor, Locale locale, PrintWriter err) {
        for (Locale known : advisor.locales()) {
            if (known.getLanguage().equals(locale.getLanguage())) {
                return true;
            }
        }
        err.println("knigge: --locale " + locale.toLanguageTag() + ": the policy " + advisor.policyId()
                + " speaks " + advisor.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")));
        return false;
    }
}
