package dev.knigge.internal.engine;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.Dialect;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.rule.builder.ConsequenceBuilder;
import org.drools.mvel.asm.ASMConsequenceBuilder;
import org.drools.mvel.java.JavaDialect;
import org.drools.mvel.java.JavaForMvelDialectConfiguration;

/**
 * The Java dialect with consequence invokers generated at build time. Drools' default builds a
 * stub that generates the invoker class on a rule's first firing; with several rule bases of one
 * policy in a JVM, concurrent first firings then define that class twice (LinkageError:
 * "duplicate class definition", measured on Drools 10.2 with eight threads). Generating the
 * invoker while compiling moves that work out of the review path and removes the race.
 */
final class EagerJavaDialect extends JavaForMvelDialectConfiguration {
    private static final ConsequenceBuilder EAGER = new ASMConsequenceBuilder();

    EagerJavaDialect(KnowledgeBuilderConfigurationImpl conf) {
        super(conf);
    }

    @Override
    public Dialect newDialect(ClassLoader rootClassLoader, KnowledgeBuilderConfigurationImpl conf,
                              PackageRegistry registry, InternalKnowledgePackage pkg) {
        return new JavaDialect(rootClassLoader, conf, registry, pkg) {
            @Override
            public ConsequenceBuilder getConsequenceBuilder() {
                return EAGER;
            }
        };
    }

    /** Installs the dialect as "java" in a builder configuration. */
    static void install(KnowledgeBuilderConfigurationImpl conf) {
        conf.setDialectConfiguration("java", new EagerJavaDialect(conf));
    }
}
