package com.merchantdesk.catalog.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The vocabulary of synthetic products: made-up brands, adjectives, materials and nouns per category, so
 * titles read like a real catalogue ("Lumo Waterproof Merino Hiking Socks") and search sees a realistic spread
 * of common and rare words. A small share of titles is Korean or Chinese.
 */
final class SyntheticWords {

    private SyntheticWords() {}

    static final List<String> BRANDS = split("Lumo|Nordvik|Hanbit|Kiri|Solace|Aster|Bramble|Corvo|Dune|Elm & Oak|Fenna|Gala|"
            + "Haru|Isla|Juniper|Kobo|Larkspur|Mori|Nimbus|Oru|Pico|Quill|Rowan|Saltwater|Tidal|Umber|Vela|Wren|Yuki|Zephyr|"
            + "Arbor|Bloom|Cinder|Drift|Ember|Fable|Grove|Hollow|Indigo|Jade");
    static final List<String> ADJECTIVES = split("Classic|Everyday|Lightweight|Heavyweight|Waterproof|Organic|Recycled|Vintage|"
            + "Minimal|Oversized|Slim|Relaxed|Compact|Foldable|Portable|Premium|Soft|Sturdy|Handmade|Insulated|Breathable|"
            + "Stretch|Quilted|Padded|Washable|Reusable|Non-Slip|Quick-Dry|Thermal|Ultra-Light|Eco|Nordic|Rustic|Modern|"
            + "Retro|Pastel|Matte|Glossy|Textured|Striped|Checked|Floral|Speckled|Two-Tone|Heritage|Studio|Urban|"
            + "Outdoor|Travel|Mini|Large|Deluxe|Essential|Signature|Original|Limited|Seasonal|Holiday|Summer|Winter");
    static final List<String> MATERIALS = split("Cotton|Linen|Merino|Wool|Cashmere|Denim|Canvas|Leather|Suede|Silk|Bamboo|"
            + "Oak|Walnut|Acacia|Ceramic|Stoneware|Porcelain|Glass|Steel|Aluminium|Copper|Brass|Silicone|Cork|Felt|Fleece|"
            + "Nylon|Corduroy|Jute|Rattan");

    record Category(String name, String codePrefix, List<String> nouns, String sizeOption, List<String> sizes) {}

    static final List<Category> CATEGORIES = List.of(
            new Category("Apparel", "APP", split("T-Shirt|Hoodie|Cardigan|Sweater|Jacket|Parka|Blouse|Oxford Shirt|Chinos|"
                    + "Jeans|Shorts|Skirt|Dress|Scarf|Beanie|Gloves|Crew Socks|Leggings|Vest|Pyjamas|Raincoat|Polo Shirt"),
                    "Size", split("XS|S|M|L|XL|XXL")),
            new Category("Shoes", "SHO", split("Sneakers|Running Shoes|Loafers|Boots|Chelsea Boots|Sandals|Slippers|"
                    + "Espadrilles|Hiking Boots|Slip-Ons|Mules|Clogs"), "Size", split("36|37|38|39|40|41|42|43|44|45")),
            new Category("Home", "HOM", split("Vase|Scented Candle|Cushion Cover|Throw Blanket|Table Lamp|Wall Clock|"
                    + "Picture Frame|Doormat|Laundry Basket|Bath Towel|Shower Curtain|Bed Sheet Set|Duvet Cover|Rug|Planter|"
                    + "Storage Box|Coat Hook|Mirror"), "Size", split("Small|Medium|Large")),
            new Category("Kitchen", "KIT", split("Mug|Teapot|Chef's Knife|Cutting Board|Storage Jar|Frying Pan|Saucepan|"
                    + "Mixing Bowl|Salad Bowl|Dinner Plate|Water Bottle|Lunch Box|Apron|Tea Towel|Spice Rack|Coffee Grinder|"
                    + "French Press|Tumbler|Chopsticks|Rice Bowl"), "Capacity", split("250 ml|350 ml|500 ml|750 ml|1 L")),
            new Category("Stationery", "STA", split("Notebook|Dot Grid Journal|Gel Pen Set|Fountain Pen|Pencil Case|"
                    + "Washi Tape|Sticky Notes|Desk Organiser|Planner|Sketchbook|Highlighter Set|Envelope Pack|Stamp Set|"
                    + "Bookmark|Ruler"), "Size", split("A6|A5|B5|A4")),
            new Category("Beauty", "BEA", split("Hand Cream|Lip Balm|Face Mask|Sheet Mask|Body Lotion|Shampoo Bar|"
                    + "Cleansing Oil|Toner|Serum|Sunscreen|Hair Brush|Makeup Bag|Nail Polish|Bath Salts"),
                    "Capacity", split("30 ml|50 ml|100 ml|200 ml")),
            new Category("Toys", "TOY", split("Wooden Blocks|Plush Bear|Jigsaw Puzzle|Toy Car|Train Set|Doll House|"
                    + "Building Bricks|Kite|Yo-Yo|Board Game|Card Game|Stacking Rings|Rocking Horse|Bath Toy"),
                    "Pieces", split("24|48|100|500|1000")),
            new Category("Electronics accessories", "ELE", split("USB-C Cable|Phone Case|Wireless Charger|Power Bank|"
                    + "Earbuds Case|Laptop Sleeve|Screen Protector|Car Mount|Wall Adapter|Keyboard Cover|Mouse Pad|"
                    + "Tablet Stand|HDMI Cable|Card Reader|Smart Plug"), "Length", split("0.5 m|1 m|2 m|3 m")),
            new Category("Sports", "SPO", split("Yoga Mat|Water Bottle|Gym Bag|Resistance Band|Jump Rope|Dumbbell|"
                    + "Cycling Gloves|Hiking Socks|Headband|Tennis Balls|Swim Goggles|Foam Roller|Running Belt"),
                    "Size", split("S|M|L|XL")),
            new Category("Pets", "PET", split("Dog Collar|Cat Bed|Dog Leash|Pet Bowl|Chew Toy|Cat Scratcher|Pet Carrier|"
                    + "Dog Raincoat|Grooming Brush|Treat Pouch"), "Size", split("XS|S|M|L|XL")));

    record Colour(String name, String code) {}

    static final List<Colour> COLOURS = List.of(new Colour("Black", "BLK"), new Colour("White", "WHT"),
            new Colour("Navy", "NVY"), new Colour("Grey", "GRY"), new Colour("Charcoal", "CHR"), new Colour("Red", "RED"),
            new Colour("Burgundy", "BUR"), new Colour("Pink", "PNK"), new Colour("Coral", "COR"), new Colour("Orange", "ORG"),
            new Colour("Mustard", "MUS"), new Colour("Yellow", "YEL"), new Colour("Olive", "OLV"), new Colour("Green", "GRN"),
            new Colour("Sage", "SAG"), new Colour("Teal", "TEA"), new Colour("Blue", "BLU"), new Colour("Sky", "SKY"),
            new Colour("Lilac", "LIL"), new Colour("Beige", "BEI"), new Colour("Sand", "SND"), new Colour("Brown", "BRN"));

    /** Korean and Chinese titles: a style word and a product word, as local sellers write them. */
    static final List<String> KO_STYLES = split("데일리|오버핏|미니멀|빈티지|프리미엄|오가닉|경량|방수|소프트|클래식|캐주얼|모던");
    static final List<String> KO_NOUNS = split("반팔 티셔츠|후드티|가디건|니트|청바지|머그컵|텀블러|도마|향초|쿠션 커버|"
            + "핸드크림|립밤|보조배터리|충전 케이블|폰 케이스|노트|볼펜 세트|곰 인형|퍼즐|요가 매트|강아지 목줄|고양이 침대");
    static final List<String> ZH_STYLES = split("简约|复古|北欧|加厚|轻便|防水|高级|经典|日系|韩版");
    static final List<String> ZH_NOUNS = split("T恤|卫衣|开衫|毛衣|牛仔裤|马克杯|保温杯|砧板|香薰蜡烛|抱枕套|护手霜|润唇膏|"
            + "充电宝|数据线|手机壳|笔记本|中性笔|毛绒熊|拼图|瑜伽垫|狗项圈|猫窝");

    static <T> T pick(List<T> values, Random random) { return values.get(random.nextInt(values.size())); }

    private static List<String> split(String words) { return Arrays.asList(words.split("\\|")); }
}
