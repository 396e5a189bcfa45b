package dev.knigge.internal.engine;

import dev.knigge.authoring.Findings;
import dev.knigge.authoring.Parameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.EnabledBoolean;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.mvel.MVELConstraint;
import org.drools.mvel.dataproviders.MVELDataProvider;
import org.mvel2.asm.ClassReader;
import org.mvel2.asm.ClassVisitor;
import org.mvel2.asm.Handle;
import org.mvel2.asm.MethodVisitor;
import org.mvel2.asm.Opcodes;
import org.mvel2.asm.Type;

/**
 * The second look at an untrusted rule, on what Drools compiled from it and before any of it is
 * loaded into a rule base: independent of the check on the parse, so one mistake there is not an
 * escape. A compiled untrusted rule has no attributes and no metadata; its conditions are
 * {@code and}, {@code or}, {@code not} and {@code exists} over patterns on Knigge's facts (or on
 * {@code String} from an MVEL source), whose constraints name nothing but fields, bound variables,
 * enum constants, literals and the allowed accessors; and the class the Java compiler made of its
 * consequence calls {@code Findings.raise}, the {@code Parameters} accessors and boxing, and
 * nothing else — read instruction by instruction from its bytecode.
 */
final class CompiledRulesCheck {
    private static final List<Class<?>> FACTS = FactTypes.ALL;
    private static final Set<String> ACCESSORS = Set.of("integer", "decimal", "has", "weeklyCap");
    private static final Set<String> QUERIES = Set.of("isEmpty", "size");
    private static final Set<String> WORDS = Set.of("true", "false", "null", "contains", "memberOf", "not");
    private static final Set<String> BOXES = Set.of("java/lang/Integer", "java/lang/Double", "java/lang/Long",
            "java/lang/Boolean", "java/lang/Short", "java/lang/Byte", "java/lang/Float", "java/lang/Character");
    private static final String INVOKER = "DefaultConsequenceInvoker";

    private final Set<String> names = new HashSet<>();

    private CompiledRulesCheck() {
        for (Class<?> fact : FACTS) {
            names.addAll(FactTypes.accessors(fact).keySet());
        }
    }

    /**
     * What is wrong with one compiled untrusted rule, empty when nothing is.
     *
     * @param pkg the package the rule was compiled into, holding its consequence's class
     */
    static List<String> problems(RuleImpl rule, InternalKnowledgePackage pkg) {
        List<String> problems = new ArrayList<>();
        CompiledRulesCheck check = new CompiledRulesCheck();
        check.attributes(rule, problems::add);
        check.element(rule.getLhs(), problems::add);
        check.consequence(rule, pkg, problems::add);
        return problems;
    }

    private void attributes(RuleImpl rule, Consumer<String> problems) {
        boolean plain = "java".equals(rule.getDialect()) && rule.getTimer() == null && rule.getSalience().isDefault()
                && !rule.getSalience().isDynamic() && rule.getEnabled() == EnabledBoolean.ENABLED_TRUE
                && "MAIN".equals(rule.getAgendaGroup()) && rule.getActivationGroup() == null
                && rule.getRuleFlowGroup() == null && !rule.isNoLoop() && !rule.isLockOnActive() && !rule.getAutoFocus()
                && rule.getCalendars() == null && rule.getDateEffective() == null && rule.getDateExpires() == null
                && rule.getParent() == null && !rule.isQuery();
        if (!plain) {
            problems.accept("the compiled rule has attributes");
        }
        if (!rule.getMetaData().isEmpty()) {
            problems.accept("the compiled rule has metadata " + rule.getMetaData().keySet());
        }
        if (rule.hasNamedConsequences()) {
            problems.accept("the compiled rule has named consequences");
        }
    }

    private void element(RuleConditionElement element, Consumer<String> problems) {
        if (element instanceof GroupElement group) {
            for (RuleConditionElement child : group.getChildren()) {
                element(child, problems);
            }
        } else if (element instanceof Pattern pattern) {
            pattern(pattern, problems);
        } else {
            problems.accept("the compiled rule has " + element.getClass().getSimpleName());
        }
    }

    private void pattern(Pattern pattern, Consumer<String> problems) {
        Class<?> type = pattern.getObjectType() instanceof ClassObjectType object ? object.getClassType() : null;
        boolean fromSource = pattern.getSource() instanceof From from && from.getDataProvider() instanceof MVELDataProvider;
        if (pattern.getSource() != null && !fromSource) {
            problems.accept("the compiled rule reads facts from " + pattern.getSource().getClass().getSimpleName());
        }
        if (!(FACTS.contains(type) || (fromSource && type == String.class))) {
            problems.accept("the compiled rule matches " + (type == null ? pattern.getObjectType() : type.getName()));
        }
        for (Constraint constraint : pattern.getConstraints()) {
            if (constraint instanceof MVELConstraint mvel) {
                String reason = words(mvel.getExpression());
                if (reason != null) {
                    problems.accept("a compiled constraint " + reason);
                }
            } else {
                problems.accept("the compiled rule has a " + constraint.getClass().getSimpleName());
            }
        }
    }

    /** Why an MVEL constraint's text names something beyond the untrusted language, or {@code null}. */
    String words(String expression) {
        int i = 0;
        String previous = "";
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0 || expression.substring(i, end).indexOf('\\') >= 0) {
                    return "holds a string that is not plain";
                }
                i = end + 1;
                previous = "\"";
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int end = i + 1;
                while (end < expression.length() && (Character.isLetterOrDigit(expression.charAt(end))
                        || expression.charAt(end) == '_')) {
                    end++;
                }
                String word = expression.substring(i, end);
                boolean call = expression.startsWith("(", skipSpaces(expression, end));
                if (!known(word, previous, call)) {
                    return "names '" + word + "'";
                }
                previous = word;
                i = end;
            } else if (Character.isDigit(c) || " \t\r\n.,()!=<>&|+-*/".indexOf(c) >= 0) {
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                    previous = String.valueOf(c);
                }
                i++;
            } else {
                return "holds '" + c + "'";
            }
        }
        return null;
    }

    private boolean known(String word, String previous, boolean call) {
        if (call) {
            return ACCESSORS.contains(word) || (QUERIES.contains(word) && previous.equals("."));
        }
        if (word.startsWith("$") || WORDS.contains(word) || names.contains(word)) {
            return true;
        }
        // An enum constant of dev.knigge: the type's simple name, then the constant's.
        for (Class<?> fact : FACTS) {
            for (Class<?> type : FactTypes.accessors(fact).values()) {
                if (type.isEnum() && (type.getSimpleName().equals(word) || (previous.equals(".")
                        && List.of(type.getEnumConstants()).stream().anyMatch(e -> ((Enum<?>) e).name().equals(word))))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private void consequence(RuleImpl rule, InternalKnowledgePackage pkg, Consumer<String> problems) {
        String invoker = rule.getConsequence() == null ? "" : rule.getConsequence().getClass().getName();
        JavaDialectRuntimeData java = (JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData("java");
        byte[] bytes = !invoker.endsWith(INVOKER) || java == null ? null
                : java.getStore().get(invoker.substring(0, invoker.length() - INVOKER.length()).replace('.', '/') + ".class");
        if (bytes == null) {
            problems.accept("the compiled consequence is not Java code Knigge can read");
            return;
        }
        String owner = new ClassReader(bytes).getClassName();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (!name.equals("<init>") && !name.equals("defaultConsequence")) {
                    problems.accept("the compiled consequence has a method " + name);
                }
                return new Instructions(owner, problems);
            }
        }, 0);
    }

    /** Every instruction of a consequence's class that names a class, a method or a field. */
    private static final class Instructions extends MethodVisitor {
        private final String owner;
        private final Consumer<String> problems;

        Instructions(String owner, Consumer<String> problems) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.problems = problems;
        }

        @Override
        public void visitMethodInsn(int opcode, String target, String name, String descriptor, boolean isInterface) {
            boolean allowed = (target.equals(Type.getInternalName(Findings.class)) && name.equals("raise"))
                    || (target.equals(Type.getInternalName(Parameters.class)) && ACCESSORS.contains(name))
                    || (BOXES.contains(target) && name.equals("valueOf"))
                    || (target.equals("java/lang/Object") && name.equals("<init>"));
            if (!allowed) {
                problems.accept("the compiled consequence calls " + target.replace('/', '.') + "." + name);
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String target, String name, String descriptor) {
            // dev.knigge also holds the request's values, whose constants (Relationship.STRANGERS) are no enum's.
            boolean enumConstant = opcode == Opcodes.GETSTATIC && target.startsWith("dev/knigge/")
                    && target.indexOf('/', "dev/knigge/".length()) < 0 && isEnum(target);
            if (!enumConstant) {
                problems.accept("the compiled consequence reads " + target.replace('/', '.') + "." + name);
            }
        }

        private static boolean isEnum(String internalName) {
            try {
                return Class.forName(internalName.replace('/', '.'), false, CompiledRulesCheck.class.getClassLoader())
                        .isEnum();
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            boolean allowed = type.equals("java/lang/Object") || type.equals("org/drools/core/rule/consequence/KnowledgeHelper")
                    || type.equals(owner);
            if (!allowed || opcode == Opcodes.NEW) {
                problems.accept("the compiled consequence uses " + type.replace('/', '.'));
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type || value instanceof Handle) {
                problems.accept("the compiled consequence loads a class or method constant");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            problems.accept("the compiled consequence has an invokedynamic instruction");
        }
    }
}
