package com.merchantdesk.orders.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up customers for synthetic orders: Korean names in Hangul and in romanised form, Chinese and English
 * names, and a few wholesale buyers (shops), each with a phone number derived from its index so numbers
 * rarely repeat. Only for made-up data.
 */
final class SyntheticPeople {

    private static final List<String> KO_SURNAMES = List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권");
    private static final List<String> KO_GIVEN = List.of("민준", "서연", "지후", "하은", "도윤", "수아", "예준", "지우", "시우",
            "서윤", "주원", "지민", "현우", "채원", "지호", "다은", "건우", "수빈", "유진", "승민");
    private static final List<String> ROMAN_SURNAMES = List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon",
            "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon");
    private static final List<String> ROMAN_GIVEN = List.of("Minjun", "Seoyeon", "Jihoo", "Haeun", "Doyoon", "Sua", "Yejun",
            "Jiwoo", "Siwoo", "Seoyoon", "Juwon", "Jimin", "Hyunwoo", "Chaewon", "Jiho", "Daeun", "Gunwoo", "Subin");
    private static final List<String> ZH_SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周");
    private static final List<String> ZH_GIVEN = List.of("伟", "芳", "娜", "敏", "静", "秀英", "丽", "强", "磊", "洋", "艳", "勇",
            "军", "杰", "娟", "涛", "明", "超");
    private static final List<String> EN_FIRST = List.of("Emma", "Liam", "Olivia", "Noah", "Ava", "James", "Sophia", "Lucas",
            "Mia", "Ethan", "Grace", "Daniel", "Chloe", "Henry", "Zoe", "Samuel", "Lily", "Jack");
    private static final List<String> EN_LAST = List.of("Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright",
            "Green", "Hall", "Wood", "Clarke", "Baker", "Turner", "Hill");
    private static final List<String> SHOP_WORDS = List.of("Hanbit", "Daehan", "Seoul", "Busan", "Golden", "Blue Sky", "Lotus",
            "Harbor", "Maple", "Sunrise", "Eastgate", "Jade");
    private static final List<String> SHOP_KINDS = List.of("Trading Co.", "Boutique", "Select Shop", "Market", "Store",
            "Wholesale", "Goods");

    private SyntheticPeople() {}

    /** A person's name: 30% Hangul, 35% romanised Korean, 15% Chinese, 20% English. */
    static String personName(Random random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return pick(KO_SURNAMES, random) + pick(KO_GIVEN, random);
        }
        if (roll < 65) {
            return pick(ROMAN_GIVEN, random) + " " + pick(ROMAN_SURNAMES, random);
        }
        if (roll < 80) {
            return pick(ZH_SURNAMES, random) + pick(ZH_GIVEN, random);
        }
        return pick(EN_FIRST, random) + " " + pick(EN_LAST, random);
    }

    static String shopName(Random random, int index) {
        return pick(SHOP_WORDS, random) + " " + pick(SHOP_KINDS, random) + " " + (index + 1);
    }

    /** A mobile number such as 010-4821-0937, spread over the index so two customers rarely share one. */
    static String phone(long index) {
        long n = (index * 7_919L + 1_234_567L) % 100_000_000L;
        return String.format(Locale.ROOT, "010-%04d-%04d", n / 10_000, n % 10_000);
    }

    static String email(String name, long index) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return (local.isEmpty() ? "customer" : local) + index + "@example.com";
    }

    static <T> T pick(List<T> list, Random random) { return list.get(random.nextInt(list.size())); }
}
