package org.parley.core.demo;

import java.util.List;

/** The fictional delegations of the demo: names, organisations, languages and time zones. */
final class DemoPeople {
    private DemoPeople() {}

    /** One person of the demo; {@code login} is set for those who get an account. */
    record Person(String name, String organisation, String login) {}

    static final String US_ZONE = "America/New_York";
    static final String CN_ZONE = "Asia/Shanghai";

    static final Person US_CO_CHAIR =
            new Person("Margaret Ellison", "Northbridge Semiconductor Inc.", "us.cochair@demo.parley.example");
    static final Person US_COMPLIANCE =
            new Person("Laura Chen-Watts", "Northbridge Semiconductor Inc.", "us.compliance@demo.parley.example");
    static final List<Person> US_EXPERTS = List.of(
            new Person("David Okafor", "Cascade Lithography Systems", "us.expert@demo.parley.example"),
            new Person("Priya Raman", "Redwood EDA Corp.", null),
            new Person("Thomas Whitfield", "Lakeshore Foundry Services", null),
            new Person("Elena Marquez", "Summit Memory Technologies", null),
            new Person("Jonathan Park", "Pioneer Analog Devices", null),
            new Person("Rachel Steinberg", "Bayview Photonics", null),
            new Person("Michael Brennan", "Granite Test & Measurement", null),
            new Person("Aisha Thompson", "Meridian Packaging Inc.", null),
            new Person("Kevin Liu", "Harborline Materials", null),
            new Person("Sarah Goldman", "Crescent Power Semiconductor", null));

    static final Person CN_CO_CHAIR = new Person("王建国", "江南集成电路产业联盟", "cn.cochair@demo.parley.example");
    static final Person CN_COMPLIANCE = new Person("周雅琴", "江南集成电路产业联盟", "cn.compliance@demo.parley.example");
    static final List<Person> CN_EXPERTS = List.of(
            new Person("李伟", "东岳微电子有限公司", "cn.expert@demo.parley.example"),
            new Person("张敏", "青澜半导体设备有限公司", null),
            new Person("陈静", "北辰封装测试有限公司", null),
            new Person("刘洋", "云岭存储科技有限公司", null),
            new Person("赵磊", "松江材料科技有限公司", null),
            new Person("孙丽", "西湖芯片设计有限公司", null),
            new Person("周强", "长河功率器件有限公司", null),
            new Person("吴昊", "海岸光电有限公司", null),
            new Person("徐芳", "星桥软件有限公司", null));

    /** The one demo member whose organisation is on the Entity List: adding them opens a review. */
    static final Person CN_LISTED =
            new Person("Huang Tao", "Semiconductor Manufacturing International Corporation", null);
}
