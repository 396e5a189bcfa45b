package dev.knigge;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Test fixtures: policy folders under {@code src/test/resources/policies}, and small helpers. */
final class Fixtures {
    private Fixtures() {}

    /** A fixture policy folder on disk. */
    static Path policyFolder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/policies/" + name + "/policy.properties").toURI()).getParent();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture policy " + name, e);
        }
    }

    /** A fixture policy on disk. */
    static Policy policy(String name) {
        return Policy.directory(policyFolder(name));
    }

    /** The rule ids of an advice's findings, in order. */
    static List<String> rules(Advice advice) {
        return advice.findings().stream().map(Finding::rule).collect(Collectors.toList());
    }

    /** A plain connection request. */
    static ReviewRequest connection(String note) {
        return ReviewRequest.builder(RequestType.CONNECTION).note(note).build();
    }
}
