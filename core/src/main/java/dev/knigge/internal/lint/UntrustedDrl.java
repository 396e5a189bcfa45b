package dev.knigge.internal.lint;

import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

/**
 * The untrusted policy language, checked on one DRL file: first its raw text ({@link PlainText}),
 * before Drools' parser reads it, then the descriptors the parser made of it — the package, imports (Knigge's facts:
 * the request's values in {@code dev.knigge} and {@code dev.knigge.authoring.*}; {@code Findings}, the enums of
 * {@code dev.knigge} and {@code java.lang} values), no globals,
 * functions, declarations, queries or attributes, and each rule as {@link UntrustedRule} allows.
 * What passes is the whole of what the compiler is given, so nothing outside the language is
 * ever compiled or evaluated.
 */
public final class UntrustedDrl {
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun",
            "dev.knigge", "org.drools", "org.kie", "org.mvel2");
    private static final Set<String> JAVA_LANG_VALUES = Set.of("String", "Boolean", "Integer", "Long", "Double",
            "Short", "Byte", "Float", "Character", "Number");
    private static final String AUTHORING_WILDCARD = "dev.knigge.authoring.*";

    private UntrustedDrl() {}

    /** Checks one file's raw text before any parser reads it ({@link PlainText}); whether it passed. */
    static boolean checkText(PolicyFile file, List<Problem> problems) {
        FileReport report = new FileReport(file, problems);
        int before = report.count();
        PlainText.check(report);
        return report.count() == before;
    }

    /** Checks one parsed file whose raw text passed; problems go to the list. */
    static void check(PolicyFile file, PackageDescr pkg, ClassLoader loader, List<Problem> problems) {
        FileReport report = new FileReport(file, problems);
        TypeResolver types = new TypeResolver(pkg, loader);
        try {
            declarations(pkg, types, report);
            for (RuleDescr rule : pkg.getRules()) {
                UntrustedRule.check(rule, types, report);
            }
        } catch (StackOverflowError e) {
            // Long chains of operators, say: refused like anything else the check cannot read.
            report.at(0, "nests too deeply to be checked; split its conditions");
        }
    }

    /**
     * Readies a file that passed the check for the compiler, so it compiles exactly what was
     * checked: every rule's metadata is removed (Knigge has read it from the descriptors, and
     * Drools would evaluate each value as MVEL), and every constraint is written back from the
     * tree the check read ({@link ConstraintPrinter}).
     */
    public static void prepareForCompiler(PackageDescr pkg) {
        for (RuleDescr rule : pkg.getRules()) {
            rule.getAnnotations().clear();
            reprint(rule.getLhs());
        }
    }

    private static void reprint(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    expression.setExpression(ConstraintPrinter.reprint(expression.getExpression()));
                }
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                reprint((BaseDescr) child);
            }
        }
    }

    private static void declarations(PackageDescr pkg, TypeResolver types, FileReport report) {
        String namespace = pkg.getNamespace() == null ? "" : pkg.getNamespace();
        for (String reserved : RESERVED_PACKAGES) {
            if (namespace.equals(reserved) || namespace.startsWith(reserved + ".")) {
                int at = report.text().indexOf(namespace);
                report.at(Math.max(0, at), "package " + namespace + UntrustedLanguage.REFUSED
                        + " (the rules' code would join that package); use a package of your own");
                break;
            }
        }
        if (pkg.getUnit() != null) {
            report.at(pkg.getUnit(), "rule units" + UntrustedLanguage.ARE_REFUSED);
        }
        for (AttributeDescr attribute : pkg.getAttributes()) {
            report.at(attribute, "the package attribute '" + attribute.getName() + "'" + UntrustedLanguage.REFUSED
                    + " (no dialect, salience or other attributes); " + UntrustedLanguage.METADATA);
        }
        for (ImportDescr descr : pkg.getImports()) {
            String target = descr.getTarget();
            String moved = movedTo(target, types);
            if (moved != null) {
                at(report, descr, target, "import " + target + ": the class is " + moved + " now (import " + moved + ")");
            } else if (!importable(target, types)) {
                at(report, descr, target, "import " + target + UntrustedLanguage.REFUSED + "; import "
                        + AUTHORING_WILDCARD + ", the parts of the request you match"
                        + " (import dev.knigge.request.ReviewRequest) and the enums of dev.knigge.request you use"
                        + " (import dev.knigge.request.RequestType)");
            }
        }
        for (FunctionImportDescr descr : pkg.getFunctionImports()) {
            at(report, descr, descr.getTarget(), "import function" + UntrustedLanguage.REFUSED);
        }
        for (AccumulateImportDescr descr : pkg.getAccumulateImports()) {
            at(report, descr, descr.getTarget(), "import accumulate" + UntrustedLanguage.REFUSED);
        }
        for (GlobalDescr descr : pkg.getGlobals()) {
            at(report, descr, descr.getIdentifier(), "globals" + UntrustedLanguage.ARE_REFUSED + ": global "
                    + descr.getIdentifier() + " (rules read everything from facts and Parameters)");
        }
        for (FunctionDescr descr : pkg.getFunctions()) {
            at(report, descr, descr.getName(), "functions" + UntrustedLanguage.ARE_REFUSED + ": function "
                    + descr.getName() + " (derived facts are computed in Java; a function can loop where nothing stops it)");
        }
        for (AbstractClassTypeDeclarationDescr descr : pkg.getClassAndEnumDeclarationDescrs()) {
            at(report, descr, descr.getTypeName(), "type declarations" + UntrustedLanguage.ARE_REFUSED + ": declare "
                    + descr.getTypeName() + " (rules use Knigge's facts)");
        }
        for (EntryPointDeclarationDescr descr : pkg.getEntryPointDeclarations()) {
            report.at(descr, "entry point declarations" + UntrustedLanguage.ARE_REFUSED);
        }
        for (WindowDeclarationDescr descr : pkg.getWindowDeclarations()) {
            report.at(descr, "window declarations" + UntrustedLanguage.ARE_REFUSED);
        }
    }

    /**
     * Where a class a policy imports by its package before the request and advice types moved
     * ({@code dev.knigge.RequestType}) is now, or {@code null} when the import is not such a class.
     */
    private static String movedTo(String target, TypeResolver types) {
        if (!target.startsWith("dev.knigge.") || target.indexOf('.', "dev.knigge.".length()) >= 0) {
            return null;
        }
        String name = target.substring("dev.knigge.".length());
        for (String pkg : List.of("dev.knigge.request.", "dev.knigge.advice.")) {
            if (importable(pkg + name, types)) {
                return pkg + name;
            }
        }
        return null;
    }

    private static boolean importable(String target, TypeResolver types) {
        if (target.equals(AUTHORING_WILDCARD)) {
            return true;
        }
        if (target.endsWith(".*")) {
            return false;
        }
        if (target.startsWith("java.lang.") && JAVA_LANG_VALUES.contains(target.substring("java.lang.".length()))) {
            return true;
        }
        return FactModel.importable(types.qualified(target));
    }

    /** A problem placed at {@code name} inside the declaration, or at the declaration. */
    private static void at(FileReport report, BaseDescr descr, String name, String message) {
        int start = descr.getStartCharacter();
        int at = start >= 0 && name != null ? report.text().indexOf(name, start) : -1;
        int end = descr.getEndCharacter() >= 0 ? descr.getEndCharacter() + 1 : report.text().length();
        if (at >= 0 && at < end) {
            report.at(at, message);
        } else {
            report.at(descr, message);
        }
    }
}
