package org.trademission.exporter.company;

/**
 * Russian company identifiers and their check digits: INN (10 digits for a legal entity, 12 for an individual
 * entrepreneur) and OGRN (13 digits) or OGRNIP (15 digits).
 */
public final class RussianTaxIds {
    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private RussianTaxIds() {
    }

    public static boolean isValidInn(String inn) {
        if (inn == null || !inn.matches("\\d{10}|\\d{12}")) {
            return false;
        }
        if (inn.length() == 10) {
            return checkDigit(inn, INN10) == digit(inn, 9);
        }
        return checkDigit(inn, INN12_11) == digit(inn, 10) && checkDigit(inn, INN12_12) == digit(inn, 11);
    }

    public static boolean isValidOgrn(String ogrn) {
        if (ogrn == null || !ogrn.matches("\\d{13}|\\d{15}")) {
            return false;
        }
        int length = ogrn.length();
        long body = Long.parseLong(ogrn.substring(0, length - 1));
        long remainder = body % (length == 13 ? 11 : 13);
        return remainder % 10 == digit(ogrn, length - 1);
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
