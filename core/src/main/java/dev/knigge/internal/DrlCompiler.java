package dev.knigge.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Drools jars that only compiling DRL needs. The built-in policies ship as Drools' executable
 * model and load without them, so an application that uses only those may exclude them (README,
 * "Dependencies"); a policy from disk, or a built-in one whose saved model does not fit the Drools
 * on the class path, compiles DRL and needs them back. This turns the {@code NoClassDefFoundError}
 * that compiling would then die with into an error that says so.
 */
public final class DrlCompiler {
    /** The artifacts a user may exclude, in the order README lists them. */
    private static final List<String> JARS = List.of("org.drools:drools-mvel", "org.drools:drools-drl-parser",
            "org.drools:drools-drl-ast", "org.drools:drools-drl-extensions", "org.drools:drools-ecj",
            "org.antlr:antlr-runtime");

    /** Package prefixes, as a {@code NoClassDefFoundError} names them, and the artifact that holds each. */
    private static final Map<String, String> PACKAGES = new LinkedHashMap<>();

    static {
        PACKAGES.put("org/drools/mvel/", "org.drools:drools-mvel");
        PACKAGES.put("org/mvel2/", "org.mvel:mvel2");
        PACKAGES.put("org/drools/drl/parser/", "org.drools:drools-drl-parser");
        PACKAGES.put("org/drools/drl/ast/", "org.drools:drools-drl-ast");
        PACKAGES.put("org/drools/drl/extensions/", "org.drools:drools-drl-extensions");
        PACKAGES.put("org/drools/io/", "org.drools:drools-io");
        PACKAGES.put("org/drools/ecj/", "org.drools:drools-ecj");
        PACKAGES.put("org/eclipse/jdt/", "org.eclipse.jdt:ecj");
        PACKAGES.put("org/antlr/runtime/", "org.antlr:antlr-runtime");
        PACKAGES.put("org/antlr/v4/", "org.antlr:antlr4-runtime");
    }

    private DrlCompiler() {}

    /**
     * Throws an {@link IllegalStateException} naming the missing jar when {@code missing} is a class
     * of the DRL compiler; returns, for the caller to rethrow {@code missing}, when it is not.
     *
     * @param policy how the message names the policy, such as {@code "policy acme-policy"}
     */
    public static void explain(NoClassDefFoundError missing, String policy) {
        String name = missing.getMessage() == null ? "" : missing.getMessage().replace('.', '/');
        for (Map.Entry<String, String> jar : PACKAGES.entrySet()) {
            if (name.startsWith(jar.getKey())) {
                IllegalStateException explained = new IllegalStateException(policy
                        + " needs Drools' DRL compiler, but " + jar.getValue() + " is not on the class path (class "
                        + name.replace('/', '.') + " is missing). Only the built-in policies load without compiling"
                        + " DRL, on the Drools version Knigge was built with; to load this one, keep "
                        + String.join(", ", JARS) + " (dependencies of knigge-core) on the class path.");
                explained.initCause(missing);
                throw explained;
            }
        }
    }
}
