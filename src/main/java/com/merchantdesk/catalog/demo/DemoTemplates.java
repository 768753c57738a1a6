package com.merchantdesk.catalog.demo;

import java.util.List;

/**
 * The demo shop's assortment: seven categories, one kind of product per picture in
 * {@code assets/demo/images}, each offered in several collections and in variants over colour, size or
 * capacity. Names and descriptions exist in English, Korean and Simplified Chinese.
 */
final class DemoTemplates {

    private DemoTemplates() {}

    /** One way a product varies. {@code graded} values go up in size and price (S, M, L …); colours do not. */
    record Axis(Term name, List<Term> values, boolean graded) {}

    /** A kind of product; the shop sells it in several collections. Prices in US cents. */
    record Template(String category, String codePrefix, Term noun, Term feature, String image, long baseCents,
                    int weightGrams, List<Axis> axes) {}

    static final Term COLOUR = Term.of("Colour", "색상", "颜色", "");
    static final Term SIZE = Term.of("Size", "사이즈", "尺码", "");
    static final Term SCENT = Term.of("Scent", "향", "香味", "");
    static final Term LENGTH = Term.of("Length", "길이", "长度", "");
    static final Term MODEL = Term.of("Model", "모델", "型号", "");
    static final Term CAPACITY = Term.of("Capacity", "용량", "容量", "");
    static final Term PIECES = Term.of("Pieces", "피스", "片数", "");

    static final List<Term> COLOURS = List.of(
            Term.of("Black", "블랙", "黑色", "BLK"), Term.of("White", "화이트", "白色", "WHT"),
            Term.of("Navy", "네이비", "藏青", "NVY"), Term.of("Grey", "그레이", "灰色", "GRY"),
            Term.of("Red", "레드", "红色", "RED"), Term.of("Green", "그린", "绿色", "GRN"),
            Term.of("Beige", "베이지", "米色", "BEI"), Term.of("Pink", "핑크", "粉色", "PNK"),
            Term.of("Blue", "블루", "蓝色", "BLU"), Term.of("Yellow", "옐로우", "黄色", "YEL"),
            Term.of("Sage", "세이지", "灰绿色", "SAG"), Term.of("Oat", "오트밀", "燕麦色", "OAT"));

    static final List<Term> SCENTS = List.of(
            Term.of("Lavender", "라벤더", "薰衣草", "LAV"), Term.of("Fig", "무화과", "无花果", "FIG"),
            Term.of("Cedar", "시더우드", "雪松", "CED"), Term.of("Citrus", "시트러스", "柑橘", "CIT"),
            Term.of("Rose", "로즈", "玫瑰", "ROS"), Term.of("Unscented", "무향", "无香", "UNS"));

    /** Collection names that prefix a title ("Nordic Mug", "노르딕 머그컵", "北欧马克杯"). */
    static final List<Term> COLLECTIONS = List.of(
            Term.of("Classic", "클래식", "经典", ""), Term.of("Everyday", "데일리", "日常", ""),
            Term.of("Nordic", "노르딕", "北欧", ""), Term.of("Minimal", "미니멀", "简约", ""),
            Term.of("Vintage", "빈티지", "复古", ""), Term.of("Organic", "오가닉", "有机", ""),
            Term.of("Travel", "트래블", "旅行", ""), Term.of("Premium", "프리미엄", "高级", ""),
            Term.of("Seoul", "서울", "首尔", ""), Term.of("Soft", "소프트", "柔软", ""),
            Term.of("Mini", "미니", "迷你", ""), Term.of("Cosy", "포근한", "舒适", ""),
            Term.of("Pastel", "파스텔", "马卡龙", ""), Term.of("Eco", "에코", "环保", ""),
            Term.of("Urban", "어반", "都市", ""), Term.of("Garden", "가든", "花园", ""),
            Term.of("Moonlight", "문라이트", "月光", ""), Term.of("Cloud", "클라우드", "云朵", ""),
            Term.of("Forest", "포레스트", "森林", ""), Term.of("Sunny", "써니", "阳光", ""));

    private static Axis colours() { return new Axis(COLOUR, COLOURS, false); }

    private static Axis graded(Term name, String... values) {
        return new Axis(name, java.util.Arrays.stream(values).map(v -> Term.same(v, v.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT))).toList(), true);
    }

    private static Axis scents() { return new Axis(SCENT, SCENTS, false); }

    static final List<Template> ALL = List.of(
            new Template("Apparel", "APP", Term.of("T-Shirt", "반팔 티셔츠", "T恤", ""),
                    Term.of("breathable cotton jersey", "통기성 좋은 코튼 저지", "透气纯棉针织"), "tshirt", 1990, 180,
                    List.of(colours(), graded(SIZE, "S", "M", "L", "XL"))),
            new Template("Apparel", "APP", Term.of("Hoodie", "후드티", "连帽卫衣", ""),
                    Term.of("brushed fleece with a roomy hood", "기모 안감과 넉넉한 후드", "加绒内里，宽松连帽"), "hoodie", 4900, 520,
                    List.of(colours(), graded(SIZE, "S", "M", "L", "XL"))),
            new Template("Apparel", "APP", Term.of("Beanie", "비니", "毛线帽", ""),
                    Term.of("chunky rib knit", "두툼한 골지 니트", "粗针罗纹编织"), "beanie", 1800, 90,
                    List.of(colours())),
            new Template("Apparel", "APP", Term.of("Crew Socks", "크루 양말", "中筒袜", ""),
                    Term.of("cushioned sole, pack of three", "쿠션 바닥, 3켤레 세트", "加厚袜底，三双装"), "socks", 900, 60,
                    List.of(colours(), graded(SIZE, "S", "M", "L"))),
            new Template("Apparel", "APP", Term.of("Tote Bag", "토트백", "托特包", ""),
                    Term.of("heavy canvas with an inner pocket", "내부 포켓이 있는 두꺼운 캔버스", "厚帆布，带内袋"), "tote", 2400, 300,
                    List.of(colours())),
            new Template("Home", "HOM", Term.of("Vase", "화병", "花瓶", ""),
                    Term.of("hand-glazed stoneware", "수작업 유약 석기", "手工施釉炻器"), "vase", 3200, 900,
                    List.of(colours(), graded(SIZE, "Small", "Large"))),
            new Template("Home", "HOM", Term.of("Scented Candle", "향초", "香薰蜡烛", ""),
                    Term.of("soy wax, about 40 hours", "소이 왁스, 약 40시간 연소", "大豆蜡，约燃烧40小时"), "candle", 2200, 350,
                    List.of(scents(), graded(SIZE, "Small", "Large"))),
            new Template("Home", "HOM", Term.of("Cushion Cover", "쿠션 커버", "抱枕套", ""),
                    Term.of("washed linen with a hidden zip", "워싱 린넨, 히든 지퍼", "水洗亚麻，隐形拉链"), "cushion", 1900, 250,
                    List.of(colours(), graded(SIZE, "45x45 cm", "50x50 cm", "60x60 cm"))),
            new Template("Kitchen", "KIT", Term.of("Mug", "머그컵", "马克杯", ""),
                    Term.of("dishwasher-safe porcelain", "식기세척기 사용 가능한 자기", "可用洗碗机清洗的瓷器"), "mug", 1400, 400,
                    List.of(colours(), graded(CAPACITY, "300 ml", "450 ml"))),
            new Template("Kitchen", "KIT", Term.of("Chef's Knife", "셰프 나이프", "主厨刀", ""),
                    Term.of("forged stainless steel", "단조 스테인리스 스틸", "锻造不锈钢"), "knife", 5900, 250,
                    List.of(graded(LENGTH, "18 cm", "20 cm", "23 cm"))),
            new Template("Kitchen", "KIT", Term.of("Cutting Board", "도마", "砧板", ""),
                    Term.of("end-grain acacia wood", "아카시아 엔드그레인 원목", "相思木端面拼接"), "board", 2900, 1100,
                    List.of(graded(SIZE, "S", "M", "L"))),
            new Template("Kitchen", "KIT", Term.of("Storage Jar", "보관 용기", "储物罐", ""),
                    Term.of("borosilicate glass, airtight lid", "내열 유리, 밀폐 뚜껑", "高硼硅玻璃，密封盖"), "jar", 1200, 450,
                    List.of(graded(CAPACITY, "500 ml", "1 L", "1.5 L"))),
            new Template("Stationery", "STA", Term.of("Dot Grid Notebook", "도트 노트", "点阵笔记本", ""),
                    Term.of("120 g paper that fountain pens love", "만년필에 좋은 120g 종이", "120克纸张，钢笔书写不洇"), "notebook", 1500, 300,
                    List.of(colours(), graded(SIZE, "A6", "A5"))),
            new Template("Stationery", "STA", Term.of("Gel Pen Set", "젤펜 세트", "中性笔套装", ""),
                    Term.of("0.5 mm quick-drying ink", "0.5mm 속건 잉크", "0.5毫米速干墨水"), "pens", 890, 80,
                    List.of(colours())),
            new Template("Stationery", "STA", Term.of("Washi Tape", "마스킹 테이프", "和纸胶带", ""),
                    Term.of("tears by hand, repositionable", "손으로 잘리고 다시 붙일 수 있음", "可手撕，可重复粘贴"), "tape", 450, 30,
                    List.of(colours())),
            new Template("Beauty", "BEA", Term.of("Hand Cream", "핸드크림", "护手霜", ""),
                    Term.of("shea butter, absorbs quickly", "시어버터, 빠른 흡수", "乳木果油，快速吸收"), "cream", 1600, 90,
                    List.of(scents(), graded(CAPACITY, "30 ml", "75 ml"))),
            new Template("Beauty", "BEA", Term.of("Lip Balm", "립밤", "润唇膏", ""),
                    Term.of("beeswax and vitamin E", "밀랍과 비타민 E", "蜂蜡与维生素E"), "balm", 700, 20,
                    List.of(scents())),
            new Template("Toys", "TOY", Term.of("Wooden Blocks", "원목 블록", "木制积木", ""),
                    Term.of("beech wood, water-based paint", "너도밤나무, 수성 페인트", "榉木，水性漆"), "blocks", 3400, 1200,
                    List.of(graded(PIECES, "30", "60", "100"))),
            new Template("Toys", "TOY", Term.of("Plush Bear", "곰 인형", "毛绒熊", ""),
                    Term.of("super-soft and machine washable", "아주 부드럽고 세탁기 사용 가능", "超柔软，可机洗"), "bear", 2600, 300,
                    List.of(colours(), graded(SIZE, "S", "M", "L"))),
            new Template("Toys", "TOY", Term.of("Jigsaw Puzzle", "직소 퍼즐", "拼图", ""),
                    Term.of("thick recycled board", "두꺼운 재생 판지", "加厚再生纸板"), "puzzle", 1900, 600,
                    List.of(graded(PIECES, "500", "1000"))),
            new Template("Electronics accessories", "ELE", Term.of("USB-C Cable", "USB-C 충전 케이블", "USB-C 数据线", ""),
                    Term.of("braided, 60 W fast charging", "패브릭 피복, 60W 고속 충전", "编织线身，60W快充"), "cable", 1200, 60,
                    List.of(colours(), graded(LENGTH, "1 m", "2 m"))),
            new Template("Electronics accessories", "ELE", Term.of("Phone Case", "폰 케이스", "手机壳", ""),
                    Term.of("shock-absorbing corners", "충격 흡수 모서리", "防摔四角"), "phonecase", 1900, 50,
                    List.of(colours(), new Axis(MODEL, List.of(Term.same("iPhone 15", "IP15"), Term.same("Galaxy S24", "GS24"),
                            Term.same("Pixel 8", "PX8")), false))),
            new Template("Electronics accessories", "ELE", Term.of("Wireless Charger", "무선 충전기", "无线充电器", ""),
                    Term.of("15 W Qi pad", "15W Qi 충전 패드", "15W Qi充电板"), "charger", 2900, 150,
                    List.of(colours())),
            new Template("Electronics accessories", "ELE", Term.of("Power Bank", "보조배터리", "充电宝", ""),
                    Term.of("USB-C in and out", "USB-C 입출력", "USB-C输入输出"), "powerbank", 3900, 250,
                    List.of(colours(), graded(CAPACITY, "10000 mAh", "20000 mAh"))));
}
