package dev.knigge.authoring;

import dev.knigge.Platform;
import dev.knigge.RequestType;
import java.util.List;
import java.util.Set;

/**
 * The request itself.
 *
 * @param type what kind of request
 * @param platform where it is sent
 * @param topics what it is about, as given
 * @param skill the skill an endorsement asks for, or {@code null}
 * @param subject the subject line, or {@code null}
 * @param subjectLength the subject's length in characters (code points); 0 without one
 * @param allTopics normalised {@code topics ∪ group.topics ∪ {skill}}: what overlap compares
 */
public record Request(RequestType type, Platform platform, List<String> topics, String skill, String subject,
                      int subjectLength, Set<String> allTopics) {}
