"""Valid Russian tax ids for the benchmarks' writes (the services check the checksum, as docs/security.md says)."""
import random


def inn():
    """A random 10-digit INN of a legal entity, with its check digit."""
    body = [random.randint(0, 9) for _ in range(9)]
    body[0] = random.randint(1, 9)
    check = sum(w * d for w, d in zip([2, 4, 10, 3, 5, 9, 4, 6, 8], body)) % 11 % 10
    return "".join(map(str, body)) + str(check)
