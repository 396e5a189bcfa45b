package dev.knigge.internal.engine;

import dev.knigge.internal.policy.BuiltInPolicies;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Build step: compiles the built-in policies on the class path and saves each one's packages
 * as {@code knigge/policies/<id>/precompiled.bin} under an output folder (the module's classes).
 * Run by the rules module's build; {@code args}: the output folder, then optionally policy ids.
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
        for (String id : ids) {
            ResolvedPolicy policy = new PolicyResolver(loader).resolve(PolicyFolder.builtIn(id, loader));
            CompiledRules rules = RuleCompiler.compile(policy.drlFiles(), loader);
            Path file = output.resolve("knigge/policies/" + id + "/" + Precompiled.FILE);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Precompiled.write(rules, Precompiled.key(policy.drlFiles()), out);
            }
        }
    }
}
