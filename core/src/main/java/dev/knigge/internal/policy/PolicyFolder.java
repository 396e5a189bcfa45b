package dev.knigge.internal.policy;

import dev.knigge.internal.Suggestions;
import dev.knigge.policy.PolicyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where a policy's files come from: a folder on disk, or a built-in policy on the classpath.
 * Classpath folders inside a jar cannot be listed, so a built-in policy ships an
 * {@code index} file naming its files, one per line; a test keeps it in step.
 */
public abstract sealed class PolicyFolder {

    /** Files a policy folder may hold; anything else is ignored. */
    static boolean isPolicyFile(String path) {
        return path.equals(POLICY_PROPERTIES)
                || (!path.contains("/") && path.endsWith(".drl"))
                || (!path.contains("/") && path.startsWith("messages_") && path.endsWith(".properties"))
                || (path.startsWith("lexicon/") && path.indexOf('/', "lexicon/".length()) < 0
                        && path.endsWith(".properties"));
    }

    /** The name of the file that describes a policy. */
    public static final String POLICY_PROPERTIES = "policy.properties";

    /** The resource listing the built-in policies a jar ships, one id per line. */
    public static final String BUILT_IN_LIST = "knigge/policies.list";

    /** The file of a built-in policy's saved compiled rules, beside its {@code policy.properties}. */
    public static final String PRECOMPILED = "precompiled.rules";

    /** Every file of the policy, {@code policy.properties} first, the rest sorted by path. */
    public abstract List<PolicyFile> files();

    /**
     * The saved compiled rules shipped with a built-in policy ({@code precompiled.rules}), or
     * {@code null}; whether they still fit is the loader's to check.
     */
    public byte[] precompiled() {
        return null;
    }

    /** A key that tells whether two references name the same folder (for cycle detection). */
    public abstract String key();

    /** The folder a relative {@code extends=./x} starts from, or {@code null} for a built-in policy. */
    public abstract Path directory();

    /** How problems name this folder. */
    public abstract String label();

    /** A built-in policy on the classpath, under {@code knigge/policies/<id>/}. */
    public static PolicyFolder builtIn(String id, ClassLoader loader) {
        return new BuiltIn(id, loader);
    }

    /** A policy folder on disk. */
    public static PolicyFolder directory(Path directory) {
        return new Directory(directory);
    }

    /** The built-in policy of that id, or else the folder on disk: what a {@code Policy} names. */
    public static PolicyFolder of(String builtInId, Path directory, ClassLoader loader) {
        return builtInId != null ? builtIn(builtInId, loader) : directory(directory);
    }

    static String decode(byte[] bytes, String origin) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PolicyException(new dev.knigge.policy.PolicyException.Problem(origin, 0, 0,
                    "not UTF-8 text (policy files must be UTF-8)"));
        }
    }

    private static List<PolicyFile> sorted(List<PolicyFile> files) {
        files.sort((a, b) -> {
            boolean aFirst = a.path().equals(POLICY_PROPERTIES);
            boolean bFirst = b.path().equals(POLICY_PROPERTIES);
            if (aFirst != bFirst) {
                return aFirst ? -1 : 1;
            }
            return a.path().compareTo(b.path());
        });
        return List.copyOf(files);
    }

    static final class BuiltIn extends PolicyFolder {
        private final String id;
        private final ClassLoader loader;

        BuiltIn(String id, ClassLoader loader) {
            this.id = Objects.requireNonNull(id, "id == null");
            this.loader = Objects.requireNonNull(loader, "loader == null");
        }

        private String base() {
            return "knigge/policies/" + id + "/";
        }

        @Override
        public List<PolicyFile> files() {
            String index = read(base() + "index");
            if (index == null) {
                List<String> ids = BuiltInPolicies.ids(loader);
                String closest = Suggestions.closest(id, ids);
                throw new PolicyException(new dev.knigge.policy.PolicyException.Problem(id, 0, 0,
                        "no built-in policy '" + id + "' on the classpath ("
                                + (closest == null ? "" : "did you mean \"" + closest + "\"? ")
                                + "built-in policies: " + String.join(", ", ids) + ")"));
            }
            List<PolicyFile> files = new ArrayList<>();
            for (String line : index.split("\\R")) {
                String path = line.strip();
                if (path.isEmpty() || path.startsWith("#")) {
                    continue;
                }
                String text = read(base() + path);
                if (text == null) {
                    throw new PolicyException(new dev.knigge.policy.PolicyException.Problem(id + "/index", 0, 0,
                            "lists '" + path + "', which is not on the classpath"));
                }
                files.add(new PolicyFile(path, id + "/" + path, text));
            }
            return sorted(files);
        }

        @Override
        public byte[] precompiled() {
            try (InputStream in = loader.getResourceAsStream(base() + PRECOMPILED)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }

        private String read(String resource) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                return in == null ? null : decode(in.readAllBytes(), resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String key() {
            return "builtin:" + id;
        }

        @Override
        public Path directory() {
            return null;
        }

        @Override
        public String label() {
            return id;
        }
    }

    static final class Directory extends PolicyFolder {
        private final Path directory;

        Directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory == null");
        }

        /**
         * Reads the folder's policy files. A link is followed only to a file inside the folder, a
         * {@code lexicon} folder is never a link, and every file and the number of files are
         * bounded ({@link PolicyLimits}); each breach is a problem naming the file, and nothing of
         * an oversized file is held in memory.
         */
        @Override
        public List<PolicyFile> files() {
            if (!Files.isDirectory(directory)) {
                throw new PolicyException(new dev.knigge.policy.PolicyException.Problem(directory.toString(), 0, 0,
                        Files.exists(directory) ? "not a folder" : "no such folder"));
            }
            List<PolicyFile> files = new ArrayList<>();
            List<dev.knigge.policy.PolicyException.Problem> problems = new ArrayList<>();
            // The folder itself may be a link (a policy checked out elsewhere): walk what it links to,
            // and name every file by the folder as the user gave it.
            Path root;
            try {
                root = directory.toRealPath();
            } catch (IOException e) {
                throw new PolicyException(new dev.knigge.policy.PolicyException.Problem(directory.toString(), 0, 0,
                        "cannot be read: " + e.getMessage()));
            }
            try (Stream<Path> walk = Files.walk(root, 2)) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    String path = root.relativize(file).toString().replace('\\', '/');
                    String origin = directory.resolve(path).toString();
                    if (path.equals("lexicon") && Files.isSymbolicLink(file)) {
                        problems.add(new dev.knigge.policy.PolicyException.Problem(origin, 0, 0,
                                "is a link; a policy's lexicon folder must be a folder of its own"));
                    }
                    if (!isPolicyFile(path) || !Files.isRegularFile(file)) {
                        continue;
                    }
                    if (!file.toRealPath().startsWith(root)) {
                        problems.add(new dev.knigge.policy.PolicyException.Problem(origin, 0, 0,
                                "is a link to a file outside the policy folder; Knigge reads only the folder's own files"));
                        continue;
                    }
                    if (files.size() == PolicyLimits.FILES) {
                        problems.add(new dev.knigge.policy.PolicyException.Problem(directory.toString(), 0, 0,
                                "holds more than " + PolicyLimits.FILES + " policy files"));
                        break;
                    }
                    byte[] bytes = read(file);
                    if (bytes == null) {
                        problems.add(new dev.knigge.policy.PolicyException.Problem(origin, 0, 0, "is larger than "
                                + PolicyLimits.FILE_BYTES / 1024 + " KiB, more than a policy file may be"));
                        continue;
                    }
                    files.add(new PolicyFile(path, origin, decode(bytes, origin)));
                }
            } catch (NoSuchFileException e) {
                throw new PolicyException(new dev.knigge.policy.PolicyException.Problem(e.getFile(), 0, 0,
                        "vanished while the policy was read"));
            } catch (IOException | UncheckedIOException e) {
                throw new PolicyException(new dev.knigge.policy.PolicyException.Problem(directory.toString(), 0, 0,
                        "cannot be read: " + e.getMessage()));
            }
            if (!problems.isEmpty()) {
                throw new PolicyException(problems);
            }
            return sorted(files);
        }

        /** The file's bytes, or {@code null} when it has more than a policy file may. */
        private static byte[] read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(PolicyLimits.FILE_BYTES + 1);
                return bytes.length > PolicyLimits.FILE_BYTES ? null : bytes;
            }
        }

        @Override
        public String key() {
            try {
                return "dir:" + directory.toRealPath();
            } catch (IOException e) {
                return "dir:" + directory.toAbsolutePath().normalize();
            }
        }

        @Override
        public Path directory() {
            return directory;
        }

        @Override
        public String label() {
            return directory.toString();
        }
    }
}
