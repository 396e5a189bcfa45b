package dev.knigge.internal.engine;

import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.util.Drools;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule packages saved at build time, so a built-in policy loads without compiling its
 * DRL (serialized packages reload about three times faster). A saved form is tied to the exact
 * DRL, Drools version and fact classes: its key hashes all three, and any mismatch or damage
 * makes the loader compile the DRL instead — never fail, never run stale rules.
 */
public final class Precompiled {
    /** The file name of a built-in policy's saved packages, beside its {@code policy.properties}. */
    public static final String FILE = "precompiled.bin";

    private static final Logger LOG = LoggerFactory.getLogger(Precompiled.class);
    private static final String MAGIC = "knigge-precompiled";
    private static final int FORMAT = 2;
    private static final List<Class<?>> FACT_CLASSES = List.of(
            dev.knigge.authoring.Request.class, dev.knigge.authoring.Requester.class,
            dev.knigge.authoring.Recipient.class, dev.knigge.authoring.Relationship.class,
            dev.knigge.authoring.Activity.class, dev.knigge.authoring.Group.class, dev.knigge.authoring.Note.class,
            dev.knigge.authoring.Parameters.class, dev.knigge.authoring.Findings.class, dev.knigge.RequestType.class,
            dev.knigge.Platform.class, dev.knigge.Account.class, dev.knigge.AddressForm.class, dev.knigge.Severity.class,
            dev.knigge.Evidence.class, RuleMeta.class);

    private Precompiled() {}

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

    /** Saves compiled rules under a key. */
    public static void write(CompiledRules rules, String key, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(key);
        List<RuleMeta> metas = new ArrayList<>(rules.rules());
        metas.sort(Comparator.comparing(RuleMeta::packageName).thenComparing(RuleMeta::name));
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(data)) {
            objects.writeObject(metas);
            objects.writeObject(rules.packages().toArray(new InternalKnowledgePackage[0]));
        }
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

    /** A built-in policy's saved rules that started loading before anyone asked for them. */
    private record Prefetched(String folder, ClassLoader loader, Pending pending) {}

    private static final java.util.concurrent.atomic.AtomicReference<Prefetched> PREFETCHED =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Starts loading a built-in policy's saved rules now, on a background thread, for a process
     * that knows early which policy it will build (the CLI, before it parses its arguments). The
     * next {@link #take} for the same folder and class loader gets them; one prefetch at a time.
     */
    public static void prefetch(PolicyFolder folder, ClassLoader loader) {
        Pending pending = readInBackground(folder.precompiled(), loader);
        if (pending != null) {
            PREFETCHED.set(new Prefetched(folder.key(), loader, pending));
        }
    }

    /** The prefetched saved rules of this folder, taken (once), or else a new background load of them. */
    static Pending take(PolicyFolder folder, ClassLoader loader) {
        Prefetched prefetched = PREFETCHED.get();
        if (prefetched != null && prefetched.loader == loader && prefetched.folder.equals(folder.key())
                && PREFETCHED.compareAndSet(prefetched, null)) {
            return prefetched.pending;
        }
        return readInBackground(folder.precompiled(), loader);
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
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(saved))) {
            if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
                LOG.debug("saved rules are of another format; compiling");
                return null;
            }
            String savedKey = data.readUTF();
            if (key != null && !key.equals(savedKey)) {
                LOG.debug("saved rules were built from other DRL, Drools or fact classes; compiling");
                return new Loaded(savedKey, null);
            }
            try (ObjectInputStream objects = new DroolsObjectInputStream(data, loader)) {
                @SuppressWarnings("unchecked")
                List<RuleMeta> metas = (List<RuleMeta>) objects.readObject();
                InternalKnowledgePackage[] packages = (InternalKnowledgePackage[]) objects.readObject();
                InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                        org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
                base.addPackages(Arrays.asList(packages));
                Map<String, RuleMeta> byKey = new HashMap<>();
                for (RuleMeta meta : metas) {
                    byKey.put(RuleMeta.key(meta.packageName(), meta.name()), meta);
                }
                return new Loaded(savedKey, new CompiledRules(base, byKey));
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
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
