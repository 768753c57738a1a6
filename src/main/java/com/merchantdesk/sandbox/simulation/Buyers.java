package com.merchantdesk.sandbox.simulation;

import com.merchantdesk.platform.Address;
import java.util.List;
import java.util.Random;

/**
 * Buyers of the simulated marketplace: Korean, Chinese and English names, domestic (KR) and international addresses.
 * The demo account's order history ships to the same addresses ({@link #addressOf}).
 */
public final class Buyers {

    record Buyer(String name, Address address) {
        boolean international() { return !"KR".equals(address.country()); }
    }

    private static final List<String> KOREAN = List.of("김민지", "이서준", "박지우", "최하은", "정도윤", "강서연", "조민준", "윤지아");
    private static final List<String> CHINESE = List.of("王芳", "李伟", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强");
    private static final List<String> ENGLISH = List.of("Emma Walker", "Liam Carter", "Olivia Brooks", "Noah Bennett",
            "Ava Hughes", "James Foster", "Mia Turner", "Lucas Reed");
    private static final List<Address> DOMESTIC = List.of(
            new Address(null, "010-2345-6789", "12 Teheran-ro", "5F", "Seoul", "Gangnam-gu", "06234", "KR"),
            new Address(null, "010-8765-4321", "88 Haeundae-ro", null, "Busan", "Haeundae-gu", "48094", "KR"),
            new Address(null, "010-5555-1212", "7 Dongseong-ro", null, "Daegu", "Jung-gu", "41911", "KR"),
            new Address(null, "010-3030-4040", "21 Gwangbok-ro", "301", "Incheon", "Jung-gu", "22314", "KR"));
    private static final List<Address> ABROAD = List.of(
            new Address(null, "+86 138 0000 1111", "8 Nanjing Road", null, "Shanghai", null, "200001", "CN"),
            new Address(null, "+1 415 555 0100", "500 Market Street", "Apt 4", "San Francisco", "CA", "94105", "US"),
            new Address(null, "+44 20 7946 0000", "10 Baker Street", null, "London", null, "NW1 6XE", "GB"),
            new Address(null, "+81 3 1234 5678", "1-1 Shibuya", null, "Tokyo", null, "150-0002", "JP"));

    private Buyers() {}

    /** A buyer: four in five Korean and at home, the rest from abroad. */
    static Buyer next(Random random) {
        boolean abroad = random.nextInt(5) == 0;
        String name;
        Address base;
        if (abroad) {
            base = ABROAD.get(random.nextInt(ABROAD.size()));
            name = base.country().equals("CN") ? pick(CHINESE, random) : pick(ENGLISH, random);
        } else {
            base = DOMESTIC.get(random.nextInt(DOMESTIC.size()));
            name = random.nextInt(10) == 0 ? pick(ENGLISH, random) : pick(KOREAN, random);
        }
        return new Buyer(name, new Address(name, base.phone(), base.line1(), base.line2(), base.city(), base.region(),
                base.postalCode(), base.country()));
    }

    /** Where a buyer named {@code name} lives: four in five in Korea, the rest abroad (China for Chinese names). */
    public static Address addressOf(String name, Random random) {
        boolean chinese = !name.isEmpty() && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN;
        Address base = random.nextInt(5) == 0 ? ABROAD.get(chinese ? 0 : 1 + random.nextInt(ABROAD.size() - 1))
                : DOMESTIC.get(random.nextInt(DOMESTIC.size()));
        return new Address(name, base.phone(), base.line1(), base.line2(), base.city(), base.region(), base.postalCode(),
                base.country());
    }

    /** Whether an address is outside Korea: its parcels clear customs and go with an international carrier. */
    public static boolean international(Address address) { return !"KR".equals(address.country()); }

    private static String pick(List<String> names, Random random) { return names.get(random.nextInt(names.size())); }
}
