// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kinds of work (工作类型) an indicator belongs to, each recognised by the words that name it in
 * goal and indicator texts. The library's tags use these names; the same words tell which kinds of
 * work a goal is about when proposals are ranked.
 */
public final class PerfWorkTags {

	private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put("党建", List.of("党建", "党员", "党组织", "党支部", "党风", "廉政", "主题教育", "理论学习", "党务"));
		WORDS.put("信访", List.of("信访", "上访", "诉求", "矛盾纠纷", "调处", "维稳", "投诉"));
		WORDS.put("城市管理", List.of("城市管理", "城管", "市容", "环境卫生", "垃圾", "保洁", "门前三包", "占道"));
		WORDS.put("社区", List.of("社区", "居委会", "网格", "小区", "居民"));
		WORDS.put("养老", List.of("养老", "老年", "老人", "退休", "敬老", "居家"));
		WORDS.put("政务服务", List.of("政务", "审批", "办件", "营商", "一网通办", "窗口", "办事"));
		WORDS.put("培训", List.of("培训", "学习", "教育", "宣传", "讲座"));
		WORDS.put("采购", List.of("采购", "招标", "交易", "供应商", "节支"));
		WORDS.put("基建", List.of("工程", "建设", "验收", "维修", "改造", "设施", "施工"));
		WORDS.put("运转经费", List.of("运转", "经费", "办公", "保险", "工资", "补贴", "车辆", "预算"));
		WORDS.put("安全", List.of("安全", "事故", "隐患", "消防", "应急", "防汛"));
		WORDS.put("就业社保", List.of("就业", "社保", "低保", "救助", "优抚", "残疾"));
		WORDS.put("经济发展", List.of("招商", "企业", "产值", "投资", "经济", "税收"));
		WORDS.put("信息化", List.of("信息", "网络", "系统", "数据", "设备", "政务网"));
		WORDS.put("生态环保", List.of("生态", "环境", "绿化", "水环境", "污染"));
	}

	private PerfWorkTags() {
	}

	public static List<String> names() {
		return List.copyOf(WORDS.keySet());
	}

	/** The words that mark a kind of work in a text; a tag not in the table is its own word. */
	public static List<String> words(String tag) {
		return WORDS.getOrDefault(tag, List.of(tag));
	}

	/** The kinds of work a text speaks of, in table order. */
	public static List<String> tagsOf(String text) {
		List<String> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		for (Map.Entry<String, List<String>> entry : WORDS.entrySet()) {
			if (entry.getValue().stream().anyMatch(text::contains)) {
				result.add(entry.getKey());
			}
		}
		return result;
	}
}
