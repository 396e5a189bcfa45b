package dev.knigge.internal.engine;

import dev.knigge.internal.policy.PolicyFile;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
    private static final int FORMAT = 1;
    private static final List<Class<?>> FACT_CLASSES = List.of(
            dev.knigge.authoring.Request.class, dev.knigge.authoring.Requester.class,
            dev.knigge.authoring.Recipient.class, dev.knigge.authoring.Relationship.class,
            dev.knigge.authoring.Activity.class, dev.knigge.authoring.Group.class, dev.knigge.authoring.Note.class,
            dev.knigge.authoring.Parameters.class, dev.knigge.authoring.Findings.class, dev.knigge.RequestType.class,
            dev.knigge.Platform.class, dev.knigge.Account.class, dev.knigge.AddressForm.class, dev.knigge.Severity.class,
            dev.knigge.Evidence.class, RuleMeta.class);

    private Precompiled() {}

    /** The key of a set of DRL files: a hash of their text, the Drools version and the fact classes. */
    public static String key(List<PolicyFile> drlFiles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, MAGIC + FORMAT);
            update(digest, Drools.getFullVersion());
            update(digest, factFingerprint());
            for (PolicyFile file : drlFiles) {
                update(digest, file.path());
                update(digest, file.text());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
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
        if (saved == null) {
            return null;
        }
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(saved))) {
            if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
                LOG.debug("saved rules are of another format; compiling");
                return null;
            }
            if (!key.equals(data.readUTF())) {
                LOG.debug("saved rules were built from other DRL, Drools or fact classes; compiling");
                return null;
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
                return new CompiledRules(base, byKey);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.debug("saved rules do not load ({}); compiling", e.toString());
            return null;
        }
    }

    /** Names and types of everything rules can see of the fact classes: if any changes, saved rules are stale. */
    static String factFingerprint() {
        StringBuilder out = new StringBuilder();
        for (Class<?> type : FACT_CLASSES) {
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

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
