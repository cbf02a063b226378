"""Where a service's start went, from async-profiler's collapsed stacks with threads (bench/startup PROFILE=1).

Prints the CPU samples per thread, then the main thread's: each Quarkus start step (the recorders that
ApplicationImpl.doStart runs, and the static-init ones) and the libraries the samples fall in. The main thread is
the critical path of a start; the JIT compilers share the two cores with it.
"""
import collections
import re
import sys

STEP = re.compile(r"/([A-Za-z]+?)(?:Processor|BuildStep|Step)?\$([A-Za-z]+?)\d+\.deploy$")
LIBRARIES = [
    ("Hibernate Validator", "org/hibernate/validator/"),
    ("Hibernate ORM", "org/hibernate/"),
    ("Flyway", "org/flywaydb/"),
    ("SmallRye OpenAPI", "io/smallrye/openapi/"),
    ("SmallRye Config", "io/smallrye/config/"),
    ("Kafka client", "org/apache/kafka/"),
    ("SmallRye Reactive Messaging", "io/smallrye/reactive/messaging/"),
    ("Micrometer", "io/micrometer/"),
    ("Vert.x / Netty", "io/vertx/|io/netty/"),
    ("Jackson", "com/fasterxml/jackson/"),
    ("H2", "org/h2/"),
    ("Narayana (transactions)", "com/arjuna/"),
    ("annotation parsing (reflection)", "sun/reflect/annotation/AnnotationParser"),
    ("class loading", "ClassLoader.loadClass|SystemDictionary::"),
]


def main(path):
    threads = collections.Counter()
    main_stacks = []
    for line in open(path, encoding="utf-8"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        frames = stack.split(";")
        name = re.sub(r" tid=\d+\]$", "", frames[0]).lstrip("[")
        threads[name] += int(count)
        if name == "main":
            main_stacks.append((frames[1:], int(count)))
    total = sum(threads.values())
    if not total:
        print("no samples in", path)
        return
    print(f"   CPU samples: {total}; by thread: "
          + ", ".join(f"{name} {n * 100 // total} %" for name, n in threads.most_common(6)))
    main_total = sum(n for _, n in main_stacks)
    steps = collections.Counter()
    libraries = collections.Counter()
    for frames, n in main_stacks:
        for frame in frames:
            step = STEP.search(frame)
            if step:
                steps[step.group(1) + "." + step.group(2)] += n
                break
        joined = ";".join(frames)
        for library, pattern in LIBRARIES:
            if re.search(pattern, joined):
                libraries[library] += n
    print(f"   main thread: {main_total} samples; start steps: "
          + ", ".join(f"{step} {n * 100 // main_total} %" for step, n in steps.most_common(8)))
    print("   main thread, by library (a sample may count in several): "
          + ", ".join(f"{lib} {n * 100 // main_total} %" for lib, n in libraries.most_common(10)))


if __name__ == "__main__":
    main(sys.argv[1])
