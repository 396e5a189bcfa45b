package dev.knigge.internal.render;

import dev.knigge.request.Account;
import dev.knigge.request.AddressForm;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import java.util.Locale;

/**
 * The words a message uses for a value of one of the request's enums when a rule passes it to a
 * placeholder ({@code Findings.raise(kcontext, "type", $type)}): "InMail-Nachricht" in German text,
 * not {@code INMAIL}. German for German locales, English for every other one; an enum this class
 * does not know prints its constant's name. Only human text uses these words: the JSON formats
 * keep the constants' names.
 */
final class EnumWords {
    private EnumWords() {}

    /** The value in the locale's words. */
    static String of(Enum<?> value, Locale locale) {
        boolean german = locale.getLanguage().equals("de");
        if (value instanceof RequestType type) {
            return german ? german(type) : english(type);
        }
        if (value instanceof Platform platform) {
            return switch (platform) {
                case LINKEDIN -> "LinkedIn";
                case XING -> "XING";
                case GENERIC -> german ? "andere Plattform" : "other platform";
            };
        }
        if (value instanceof AddressForm form) {
            return switch (form) {
                case SIE -> german ? "Sie" : "formal (Sie)";
                case DU -> german ? "du" : "informal (du)";
                case UNKNOWN -> german ? "unbekannt" : "unknown";
            };
        }
        if (value instanceof Account account) {
            return switch (account) {
                case FREE -> german ? "kostenloses Konto" : "free account";
                case PREMIUM -> german ? "Premium-Konto" : "Premium account";
            };
        }
        return value.name();
    }

    private static String english(RequestType type) {
        return switch (type) {
            case CONNECTION -> "connection request";
            case MESSAGE -> "message";
            case INMAIL -> "InMail";
            case RECOMMENDATION -> "recommendation request";
            case ENDORSEMENT -> "endorsement request";
            case INTRODUCTION -> "introduction request";
            case GROUP_INVITE -> "group invitation";
            case DISCUSSION_INVITE -> "discussion invitation";
        };
    }

    private static String german(RequestType type) {
        return switch (type) {
            case CONNECTION -> "Kontaktanfrage";
            case MESSAGE -> "Nachricht";
            case INMAIL -> "InMail-Nachricht";
            case RECOMMENDATION -> "Bitte um eine Empfehlung";
            case ENDORSEMENT -> "Bitte um eine Kenntnisbestätigung";
            case INTRODUCTION -> "Bitte um eine Vorstellung";
            case GROUP_INVITE -> "Gruppeneinladung";
            case DISCUSSION_INVITE -> "Diskussionseinladung";
        };
    }
}
