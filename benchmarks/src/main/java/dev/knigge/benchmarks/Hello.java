package dev.knigge.benchmarks;

/** The hello-world program whose JVM start the CLI's start is compared with. */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
