package dev.knigge.internal.engine;

import dev.knigge.authoring.Activity;
import dev.knigge.authoring.Group;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.authoring.Recipient;
import dev.knigge.authoring.Relationship;
import dev.knigge.authoring.Request;
import dev.knigge.authoring.Requester;
import java.util.List;

/**
 * The facts of one review, as the rules see them, and what the derivation could not judge.
 *
 * @param group {@code null} when the request has no group
 * @param unchecked what could not be judged before any rule ran, such as {@code "note-language"}
 */
public record ReviewFacts(Request request, Requester requester, Recipient recipient, Relationship relationship,
                          Activity activity, Group group, Note note, Parameters parameters, List<String> unchecked) {}
