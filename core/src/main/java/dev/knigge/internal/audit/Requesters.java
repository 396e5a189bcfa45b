package dev.knigge.internal.audit;

import java.util.Locale;

/** How an audit tells requesters apart: by {@code requester.name}, ignoring case and spacing. */
final class Requesters {
    private Requesters() {}

    /** The key of a requester's name; the empty string for requests that name none. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
