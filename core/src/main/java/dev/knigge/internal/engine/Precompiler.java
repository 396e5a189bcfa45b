package dev.knigge.internal.engine;

import dev.knigge.internal.policy.BuiltInPolicies;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Build step: compiles the built-in policies on the class path into Drools' executable model,
 * written as classes under an output folder (the module's classes), with each policy's
 * {@code knigge/policies/<id>/precompiled.rules} naming them. Policies with the same DRL (one that
 * extends another without rules of its own) share one model. Run by the rules module's build;
 * {@code args}: the output folder, then optionally policy ids.
 */
public final class Precompiler {
    private Precompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: Precompiler OUTPUT_DIR [POLICY_ID...]");
        }
        Path output = Path.of(args[0]);
        ClassLoader loader = Precompiler.class.getClassLoader();
        List<String> ids = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : BuiltInPolicies.ids(loader);
        Map<String, String> byKey = new HashMap<>();
        for (String id : ids) {
            ResolvedPolicy policy = new PolicyResolver(loader).resolve(PolicyFolder.builtIn(id, loader));
            String saved = byKey.get(Precompiled.key(policy.drlFiles()));
            if (saved == null) {
                saved = Precompiled.write(policy.drlFiles(), RuleCompiler.compile(policy.drlFiles(), loader), output);
                byKey.put(Precompiled.key(policy.drlFiles()), saved);
            }
            Path file = output.resolve("knigge/policies/" + id + "/" + PolicyFolder.PRECOMPILED);
            Files.createDirectories(file.getParent());
            Files.writeString(file, saved, StandardCharsets.UTF_8);
        }
    }
}
