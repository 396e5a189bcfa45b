package dev.knigge.internal.engine;

import java.util.List;
import java.util.Locale;

/** The locales a policy has messages for, and which one a review speaks. Immutable. */
final class Locales {
    private final List<Locale> declared;

    /** @param declared the policy's locales, at least one */
    Locales(List<Locale> declared) {
        this.declared = List.copyOf(declared);
    }

    List<Locale> all() {
        return declared;
    }

    /**
     * The requested locale when the policy has it, else (when none was requested) the note's
     * language when the policy has it, else English, else the first declared.
     */
    Locale choose(Locale requested, String noteLanguage) {
        if (requested != null) {
            Locale match = match(requested);
            if (match != null) {
                return match;
            }
        } else if (noteLanguage != null) {
            Locale match = match(Locale.forLanguageTag(noteLanguage));
            if (match != null) {
                return match;
            }
        }
        Locale english = match(Locale.ENGLISH);
        return english != null ? english : declared.get(0);
    }

    /** The declared locale equal to the wanted one, else the first of its language, else {@code null}. */
    private Locale match(Locale wanted) {
        for (Locale locale : declared) {
            if (locale.equals(wanted)) {
                return locale;
            }
        }
        for (Locale locale : declared) {
            if (locale.getLanguage().equals(wanted.getLanguage())) {
                return locale;
            }
        }
        return null;
    }
}
