package dev.knigge.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --locale} values: {@code de}, {@code en}, {@code de-AT} or {@code de_AT}. */
final class Locales implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
        String tag = value.strip().replace('_', '-');
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a locale such as en or de");
        }
        return locale;
    }
}
