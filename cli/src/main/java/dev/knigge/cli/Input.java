package dev.knigge.cli;

import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;

/**
 * One request read from the command's input, or the reason it could not be read.
 *
 * @param file the file as named on the command line ({@code -} for stdin)
 * @param line the line in an NDJSON file, or 0 for a one-request file
 * @param request the request, or {@code null} when it could not be read
 * @param problem why it could not be read (a JSON path and what is wrong there, or a file error), or {@code null}
 */
record Input(String file, int line, ReviewRequest request, String problem) {

    static Input of(String file, int line, ReviewRequest request) {
        return new Input(file, line, request, null);
    }

    static Input invalid(String file, int line, InvalidRequestException error) {
        return new Input(file, line, null, error.getMessage());
    }

    static Input unreadable(String file, String problem) {
        return new Input(file, 0, null, problem);
    }

    /** {@code file} or {@code file:line}: how messages name the request. */
    String source() {
        return line > 0 ? file + ":" + line : file;
    }
}
