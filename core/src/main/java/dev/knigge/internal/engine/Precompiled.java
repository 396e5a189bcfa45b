package dev.knigge.internal.engine;

import dev.knigge.advice.Severity;
import dev.knigge.internal.policy.PolicyFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.drools.base.util.Drools;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built-in policy's rules compiled at build time, so it loads without compiling its DRL: Drools'
 * executable model (the rules as Java classes, which build the rule base without parsing DRL or
 * compiling MVEL), plus a small text file beside {@code policy.properties} that names the model
 * classes and holds what Knigge knows about each rule. The saved form is tied to the exact DRL,
 * Drools version and fact classes: its key hashes all three, and any mismatch or damage makes the
 * loader compile the DRL instead — never fail, never run stale rules.
 */
public final class Precompiled {
    private static final Logger LOG = LoggerFactory.getLogger(Precompiled.class);
    private static final String MAGIC = "knigge-precompiled";
    private static final int FORMAT = 4;
    /** Every class saved rules can see: the facts, what they are made of, and what the rules call. */
    private static final List<Class<?>> FACT_CLASSES = factClasses();

    private Precompiled() {}

    private static List<Class<?>> factClasses() {
        List<Class<?>> classes = new ArrayList<>(FactTypes.ALL);
        classes.addAll(List.of(dev.knigge.request.SenderAnswers.class, dev.knigge.authoring.Findings.class,
                dev.knigge.request.RequestType.class, dev.knigge.request.Platform.class,
                dev.knigge.request.Account.class, dev.knigge.request.AddressForm.class,
                dev.knigge.advice.Severity.class, dev.knigge.advice.Evidence.class, RuleMeta.class));
        return List.copyOf(classes);
    }

    /**
     * The key of a set of DRL files: checksums of their text, the Drools version and the fact
     * classes. A key tells versions apart, not adversaries (the saved form ships inside Knigge's own
     * jar), so it uses two CRCs rather than a cryptographic digest, which costs a cold JVM tens of
     * milliseconds to set up.
     */
    public static String key(List<PolicyFile> drlFiles) {
        Checksum key = new Checksum();
        key.update(MAGIC + FORMAT);
        key.update(Drools.getFullVersion());
        for (Class<?> type : FACT_CLASSES) {
            key.update(type.getName());
            key.update(classFile(type));
        }
        for (PolicyFile file : drlFiles) {
            key.update(file.path());
            key.update(file.text());
        }
        return key.value();
    }

    /** The class file of a fact class: anything about it that rules can see is in there. */
    static byte[] classFile(Class<?> type) {
        String name = type.getName();
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            if (in != null) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            // Fall back to what reflection shows.
        }
        return factFingerprint(type).getBytes(StandardCharsets.UTF_8);
    }

    /** CRC-32C and CRC-32 of length-prefixed parts: 64 bits that change when any part does. */
    private static final class Checksum {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private long length;

        void update(String text) {
            update(text.getBytes(StandardCharsets.UTF_8));
        }

        void update(byte[] bytes) {
            byte[] prefix = (bytes.length + ":").getBytes(StandardCharsets.US_ASCII);
            crc32c.update(prefix);
            crc32.update(prefix);
            crc32c.update(bytes);
            crc32.update(bytes);
            length += prefix.length + bytes.length;
        }

        String value() {
            return String.format(java.util.Locale.ROOT, "%08x%08x-%x", crc32c.getValue(), crc32.getValue(), length);
        }
    }

    /**
     * Build time: generates the executable model of a policy's DRL as classes under a folder and
     * returns the text of the file that describes it (the key, the model classes, the rules).
     *
     * @param rules the same DRL compiled the usual way, for what Knigge knows about each rule
     */
    public static String write(List<PolicyFile> drlFiles, CompiledRules rules, Path classes) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(MAGIC).append(' ').append(FORMAT).append('\n');
        out.append("key ").append(key(drlFiles)).append('\n');
        for (String model : ModelGenerator.generate(drlFiles, classes)) {
            out.append("model ").append(model).append('\n');
        }
        List<RuleMeta> metas = new ArrayList<>(rules.rules());
        metas.sort(Comparator.comparing(RuleMeta::packageName).thenComparing(RuleMeta::name));
        for (RuleMeta meta : metas) {
            out.append("rule");
            for (String field : List.of(meta.id(), meta.severity() == null ? "" : meta.severity().name(),
                    meta.evidence() == null ? "" : meta.evidence(), meta.unchecked() == null ? "" : meta.unchecked(),
                    meta.packageName(), meta.name(), meta.origin(), Integer.toString(meta.line()))) {
                if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("rule " + meta.name() + ": a tab or line break in '" + field + "'");
                }
                out.append('\t').append(field);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Loads saved rules, or returns {@code null} when they are missing, damaged, or saved for
     * other DRL, another Drools version or other fact classes.
     */
    public static CompiledRules read(byte[] saved, String key, ClassLoader loader) {
        Loaded loaded = load(saved, key, loader);
        return loaded == null || !key.equals(loaded.key) ? null : loaded.rules;
    }

    /**
     * Starts loading saved rules on a background thread, before their key is known: loading
     * (mostly class loading and deserialization) then overlaps with reading and compiling the rest
     * of the policy. The key is checked when the rules are asked for; saved rules of another key
     * are dropped then. Returns {@code null} when there is nothing saved.
     */
    public static Pending readInBackground(byte[] saved, ClassLoader loader) {
        if (saved == null) {
            return null;
        }
        CompletableFuture<Loaded> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(load(saved, null, loader));
            } catch (Throwable e) {
                future.complete(null);
                if (e instanceof VirtualMachineError error) {
                    throw error;
                }
            }
        }, "knigge-policy-load");
        thread.setDaemon(true);
        thread.start();
        return new Pending(future);
    }

    /** Saved rules being loaded. */
    public static final class Pending {
        private final CompletableFuture<Loaded> future;

        private Pending(CompletableFuture<Loaded> future) {
            this.future = future;
        }

        /** The rules when they were saved under this key, or {@code null}. */
        public CompiledRules get(String key) {
            Loaded loaded = future.join();
            if (loaded == null) {
                return null;
            }
            if (!key.equals(loaded.key)) {
                LOG.debug("saved rules were built from other DRL, Drools or fact classes; compiling");
                return null;
            }
            return loaded.rules;
        }
    }

    private record Loaded(String key, CompiledRules rules) {}

    /** Loads saved rules; with a key, stops early (returning the saved key alone) when it differs. */
    private static Loaded load(byte[] saved, String key, ClassLoader loader) {
        if (saved == null) {
            return null;
        }
        try {
            List<String> lines = new String(saved, StandardCharsets.UTF_8).lines().toList();
            if (lines.size() < 2 || !lines.get(0).equals(MAGIC + " " + FORMAT) || !lines.get(1).startsWith("key ")) {
                LOG.debug("saved rules are of another format; compiling");
                return null;
            }
            String savedKey = lines.get(1).substring("key ".length());
            if (key != null && !key.equals(savedKey)) {
                LOG.debug("saved rules were built from other DRL, Drools or fact classes; compiling");
                return new Loaded(savedKey, null);
            }
            List<Model> models = new ArrayList<>();
            Map<String, RuleMeta> metas = new HashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                if (line.startsWith("model ")) {
                    models.add((Model) Class.forName(line.substring("model ".length()), true, loader)
                            .getDeclaredConstructor().newInstance());
                } else {
                    String[] field = line.split("\t", -1);
                    if (field.length != 9 || !field[0].equals("rule")) {
                        LOG.debug("saved rules are damaged; compiling");
                        return null;
                    }
                    RuleMeta meta = new RuleMeta(field[1], field[2].isEmpty() ? null : Severity.valueOf(field[2]),
                            field[3].isEmpty() ? null : field[3], field[4].isEmpty() ? null : field[4], field[5], field[6],
                            field[7], Integer.parseInt(field[8]));
                    metas.put(RuleMeta.key(meta.packageName(), meta.name()), meta);
                }
            }
            InternalKnowledgeBase base = KieBaseBuilder.createKieBaseFromModel(models,
                    org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
            int rules = 0;
            for (var pkg : base.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    rules++;
                    if (!metas.containsKey(RuleMeta.key(rule.getPackageName(), rule.getName()))) {
                        LOG.debug("saved rules do not match what they describe; compiling");
                        return null;
                    }
                }
            }
            if (models.isEmpty() || rules != metas.size()) {
                LOG.debug("saved rules do not match what they describe; compiling");
                return null;
            }
            return new Loaded(savedKey, new CompiledRules(base, metas));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("saved rules do not load ({}); compiling", e.toString());
            return null;
        }
    }

    /** Names and types of everything rules can see of a fact class, when its class file cannot be read. */
    static String factFingerprint(Class<?> type) {
        StringBuilder out = new StringBuilder();
        {
            out.append(type.getName()).append('{');
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    out.append(component.getName()).append(':').append(component.getGenericType().getTypeName()).append(';');
                }
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    out.append(constant).append(';');
                }
            }
            Method[] methods = type.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
            for (Method method : methods) {
                if (Modifier.isPublic(method.getModifiers())) {
                    out.append(method.toGenericString()).append(';');
                }
            }
            out.append('}');
        }
        return out.toString();
    }

}
