package dev.knigge.internal.engine;

import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.policy.PolicyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build time only: turns DRL into Drools' executable model, Java classes that build the rule base
 * without parsing DRL or compiling MVEL. Needs {@code drools-model-codegen}, which Knigge's own
 * build has and its users do not.
 */
final class ModelGenerator {
    /** Where the generator lists the model classes it wrote. */
    private static final String MODEL_LIST = "META-INF/kie/dev.knigge/precompiled/drools-model";

    private ModelGenerator() {}

    /**
     * Generates the executable model of a set of DRL files and writes its classes under a folder.
     *
     * @return the names of the classes that hold the model, one per DRL package
     * @throws PolicyException when the generator rejects the DRL
     */
    static List<String> generate(List<PolicyFile> drlFiles, Path classes) throws IOException {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(services.newReleaseId("dev.knigge", "precompiled", "1"));
        for (PolicyFile file : drlFiles) {
            files.write("src/main/resources/" + file.path(), file.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Problem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new Problem(message.getPath(), message.getLine(), 0, message.getText()));
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        InternalKieModule module = (InternalKieModule) ((KieBuilderImpl) builder).getKieModule();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.equals(MODEL_LIST)) {
                new String(module.getBytes(name), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.contains(":")).forEach(models::add);
            } else if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                Path file = classes.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, module.getBytes(name));
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model names no model class in " + MODEL_LIST);
        }
        return models;
    }
}
