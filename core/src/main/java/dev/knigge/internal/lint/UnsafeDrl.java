package dev.knigge.internal.lint;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.policy.PolicyFile;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

/**
 * The allow-list for one DRL file of an untrusted policy, checked over its parse tree: the
 * package name, imports, globals, functions, declarations, and every fragment the
 * {@link DrlFragments} walker finds (constraints, {@code eval}, {@code from}, {@code accumulate},
 * {@code collect}, attributes, metadata, pattern types, consequences).
 */
final class UnsafeDrl {
    /** Accumulate functions Drools ships that only compute over the matched facts. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");
    private static final String ACCUMULATE_HINT = "; use count, sum, min, max, average, collectList or collectSet";
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun",
            "dev.knigge", "org.drools", "org.kie", "org.mvel2");

    private final PolicyFile file;
    private final LineIndex lines;
    private final List<Problem> problems;

    private UnsafeDrl(PolicyFile file, List<Problem> problems) {
        this.file = file;
        this.lines = new LineIndex(file.text());
        this.problems = problems;
    }

    /** Checks one parsed file; problems go to the list. */
    static void check(PolicyFile file, PackageDescr pkg, List<Fragment> fragments, ClassLoader loader,
                      List<Problem> problems) {
        UnsafeDrl check = new UnsafeDrl(file, problems);
        TypeResolver types = new TypeResolver(pkg, loader);
        check.declarations(pkg, types);
        ExpressionCheck expressions = new ExpressionCheck(types);
        ConsequenceCheck consequences = new ConsequenceCheck(types);
        for (Fragment fragment : fragments) {
            ExpressionCheck.Report report = (offset, message) -> problems.add(new Problem(file.origin(),
                    fragment.line(offset, check.lines), fragment.column(offset, check.lines), message));
            switch (fragment.kind()) {
                case EXPRESSION -> {
                    List<Token> tokens = JavaLexer.tokens(fragment.text());
                    expressions.check(tokens, 0, tokens.size(), report);
                }
                case TYPE -> expressions.type(fragment.text(), 0, report);
                case CONSEQUENCE -> consequences.check(JavaLexer.tokens(fragment.text()), report);
                case ACCUMULATE_FUNCTION -> {
                    if (!ACCUMULATE_FUNCTIONS.contains(fragment.text())) {
                        report.at(0, "accumulate function '" + fragment.text() + "'" + ExpressionCheck.REFUSED
                                + ACCUMULATE_HINT);
                    }
                }
                case ACCUMULATE_CODE -> report.at(0, "accumulate with init/action/result code"
                        + ExpressionCheck.REFUSED + ACCUMULATE_HINT);
                case UNCHECKED -> report.at(0, fragment.text() + " cannot be checked against the allow-list, so it"
                        + ExpressionCheck.REFUSED);
            }
        }
    }

    private void declarations(PackageDescr pkg, TypeResolver types) {
        String namespace = pkg.getNamespace() == null ? "" : pkg.getNamespace();
        for (String reserved : RESERVED_PACKAGES) {
            if (namespace.equals(reserved) || namespace.startsWith(reserved + ".")) {
                int at = file.text().indexOf(namespace);
                problems.add(new Problem(file.origin(), at >= 0 ? lines.line(at) : 1, at >= 0 ? lines.column(at) : 1,
                        "package " + namespace + ExpressionCheck.REFUSED
                                + " (the rules' code would join that package); use a package of your own"));
                break;
            }
        }
        if (pkg.getUnit() != null) {
            add(pkg.getUnit(), "rule units are not allowed in a policy from disk");
        }
        for (ImportDescr descr : pkg.getImports()) {
            String target = descr.getTarget();
            String refusal = target.endsWith(".*")
                    ? AllowList.packageRefusal(target.substring(0, target.length() - 2))
                    : AllowList.refusal(target, types.qualified(target));
            if (refusal != null) {
                add(descr, target, "import " + target + ExpressionCheck.REFUSED + " (" + refusal + ")");
            }
        }
        for (FunctionImportDescr descr : pkg.getFunctionImports()) {
            String target = descr.getTarget();
            int dot = target.lastIndexOf('.');
            String owner = dot < 0 ? target : target.substring(0, dot);
            String refusal = AllowList.refusal(owner, types.qualified(owner));
            if (refusal != null) {
                add(descr, target, "import function " + target + ExpressionCheck.REFUSED + " (" + refusal + ")");
            }
        }
        for (AccumulateImportDescr descr : pkg.getAccumulateImports()) {
            add(descr, "import accumulate " + descr.getTarget() + ExpressionCheck.REFUSED + ACCUMULATE_HINT);
        }
        for (GlobalDescr descr : pkg.getGlobals()) {
            add(descr, "globals are not allowed in a policy from disk: global " + descr.getType() + " "
                    + descr.getIdentifier() + " (rules read everything from facts and Parameters)");
        }
        for (FunctionDescr descr : pkg.getFunctions()) {
            add(descr, "function blocks are not allowed in a policy from disk: function " + descr.getName()
                    + " (derived facts are computed in Java; a function can loop where nothing stops it)");
        }
        for (AbstractClassTypeDeclarationDescr descr : pkg.getClassAndEnumDeclarationDescrs()) {
            add(descr, "type declarations are not allowed in a policy from disk: declare " + descr.getTypeName()
                    + " (rules use Knigge's facts)");
        }
        for (EntryPointDeclarationDescr descr : pkg.getEntryPointDeclarations()) {
            add(descr, "entry point declarations are not allowed in a policy from disk");
        }
        for (WindowDeclarationDescr descr : pkg.getWindowDeclarations()) {
            add(descr, "window declarations are not allowed in a policy from disk");
        }
    }

    /** A problem placed at {@code name} inside the declaration, or at the declaration. */
    private void add(BaseDescr descr, String name, String message) {
        int start = descr.getStartCharacter();
        int at = start >= 0 ? file.text().indexOf(name, start) : -1;
        int end = descr.getEndCharacter() >= 0 ? descr.getEndCharacter() + 1 : file.text().length();
        if (at >= 0 && at < end) {
            problems.add(new Problem(file.origin(), lines.line(at), lines.column(at), message));
        } else {
            add(descr, message);
        }
    }

    private void add(BaseDescr descr, String message) {
        int line;
        int column;
        if (descr.getStartCharacter() >= 0 && descr.getStartCharacter() < file.text().length()) {
            line = lines.line(descr.getStartCharacter());
            column = lines.column(descr.getStartCharacter());
        } else {
            line = Math.max(0, descr.getLine());
            column = descr.getLine() > 0 ? descr.getColumn() + 1 : 0;
        }
        problems.add(new Problem(file.origin(), line, column, message));
    }
}
