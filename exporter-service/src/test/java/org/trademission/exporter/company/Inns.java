package org.trademission.exporter.company;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique-enough Russian identifiers for tests, computed from the published check-digit rules. */
public final class Inns {
    private Inns() {
    }

    public static String company() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder inn = randomDigits(9);
        inn.append(check(inn, weights));
        return inn.toString();
    }

    public static String entrepreneur() {
        StringBuilder inn = randomDigits(10);
        inn.append(check(inn, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
        inn.append(check(inn, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
        return inn.toString();
    }

    public static String ogrn() {
        StringBuilder ogrn = new StringBuilder("1");
        ogrn.append(randomDigits(11));
        ogrn.append(Long.parseLong(ogrn.toString()) % 11 % 10);
        return ogrn.toString();
    }

    private static StringBuilder randomDigits(int count) {
        StringBuilder digits = new StringBuilder();
        digits.append(1 + ThreadLocalRandom.current().nextInt(9));
        for (int i = 1; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits;
    }

    private static int check(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }
}
