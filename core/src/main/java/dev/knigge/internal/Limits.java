package dev.knigge.internal;

/**
 * The limits of a request, in one table for the request builders and the JSON codec: whichever
 * way a request is made, a broken limit is an error that names the field's JSON path.
 */
public final class Limits {
    /** The longest note, in characters (code points). */
    public static final int MAX_NOTE = 20_000;
    /** The longest subject line, in characters. */
    public static final int MAX_SUBJECT = 500;
    /** The longest of any other string, in characters. */
    public static final int MAX_STRING = 1_000;
    /** The most items in one list. */
    public static final int MAX_ITEMS = 1_000;
    /** The deepest nesting of objects and arrays in JSON, counted from the document's root. */
    public static final int MAX_DEPTH = 32;
    /** The largest request in JSON, in bytes of UTF-8: 1 MiB. */
    public static final int MAX_REQUEST_BYTES = 1 << 20;

    private Limits() {}
}
