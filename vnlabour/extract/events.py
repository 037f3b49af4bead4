"""An article's main event: its type, partners, place and date (with how the year was found).

The event sentence is the first lead sentence that names an event (data/reference/event_types.csv)
and gives a date; day/month dates get their year from, in order of strength: the text itself, the
publication date, a year the lead states for the event itself ("Hội nghị … năm 2024", "Chuyến
thăm diễn ra trong bối cảnh năm 2024"), an anniversary of diplomatic relations
(data/reference/relations.csv), and bounds stated in the text; a review that dates no meeting
takes the year it reviews, and one that dates no event but opens on statistics takes their period.
A year that cannot be established leaves the date empty.
"""

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from vnlabour.corpus import Article, Sentence
from vnlabour.errors import ReferenceDataError
from vnlabour.extract.dates import (
    AGENCY_AFTER,
    CACHED_TEXTS,
    DASH_AFTER,
    DateMention,
    find_dates,
    is_dateline,
)
from vnlabour.extract.lexicon import FROM_BEFORE, alternation
from vnlabour.extract.numbers import spelled_number
from vnlabour.extract.rows import Event, Mention
from vnlabour.reference import partner_catalogue, read_table

URL_MONTH = re.compile(r"/(20\d{2})(0[1-9]|1[0-2])(?:\d{2})?/")  # ".../xa-hoi/202309/..."
NEARBY_MONTHS = 2  # a dated folder this close dates the event
# and a statistic's period end this close: "tính đến cuối tháng 10/2023" in a January article
STATISTICS_LAG_MONTHS = 3
LEAD_SENTENCES = 6  # how far into the body the main event is looked for
NEARBY_DAYS = 7  # a full date this close to a day/month date tells its year ("ngày 11/11/2025")
FUTURE_DAYS = 7  # an event may be announced this many days before it happens
PLAN_DAYS = 92  # a plan dated in full this soon after a day/month date tells its year
LEAP_YEAR = 2000  # a year in which any day/month, 29/2 included, exists
MAX_EVENT_DAYS = 14  # a span of days longer than this is a period, not a meeting
REVIEW_TYPE = "report"  # a year-end review: its partners are every partner of the article

_ANNIVERSARY = re.compile(
    r"(?<![\w.,])(\d{1,3})\s+năm\s+(?:"
    r"(?:ngày\s+)?(?:thiết\s+lập\s+)?quan\s+hệ\s+ngoại\s+giao"
    r"|(?P<membership>(?:Việt\s+Nam\s+)?(?:tái\s+)?(?:gia\s+nhập|là\s+thành\s+viên)))",
    re.IGNORECASE,
)  # diplomatic relations with a country, or membership of an organisation ("tái gia nhập ILO")
_NEXT_YEAR = re.compile(  # "quan hệ ngoại giao| vào năm tới": an anniversary still to come
    r"\s+(?:vào\s+)?năm\s+(?:tới|sau)(?!\w)"
)
_YEARS_IN_BRACKETS = re.compile(  # " ... Việt Nam - Xê-nê-gan (1969-2024)" after an anniversary
    r"[^().!?]{0,120}?\(\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*\)"
)
_YEAR_TO_DATE = re.compile(  # "từ đầu năm 2024 đến nay", "Đây là đợt đầu tiên (…) của năm 2024"
    r"(?<!\w)(?:từ\s+đầu\s+năm\s+((?:19|20)\d\d)\s+(?:đến|tới)\s+nay"
    r"|(?:kể\s+)?từ\s+đầu\s+năm\s+((?:19|20)\d\d)(?=\s*[,.;!?]|\s*$)"  # "kể từ đầu năm 2025."
    r"|năm\s+nay\s*(?:\(\s*((?:19|20)\d\d)\s*\)|,\s*((?:19|20)\d\d)\s*,)"  # "năm nay, 2023,"
    r"|năm\s+((?:19|20)\d\d)\s+(?:này|đánh\s+dấu)(?!\w)"  # "năm 2025 này", "Năm 2025 đánh dấu"
    r"|năm\s+((?:19|20)\d\d)\s+là\s+năm\s+(?:đầu\s+tiên|thứ\s+\w+)"  # "Năm 2024 là năm đầu tiên"
    r"|thứ\s+\w+\s+trong\s+năm\s+((?:19|20)\d\d)"
    r"|đây\s+(?:cũng\s+)?là(?:\s+[^\s.,;:!?]+){0,6}?\s+(?:thứ\s+\w+|đầu\s+tiên|\w+\s+nhất)"
    r"(?:\s+[^\s.,;:!?]+){0,10}?\s+(?:trong|của|kể\s+từ\s+đầu)\s+năm\s+((?:19|20)\d\d)"
    r"|đây\s+(?:cũng\s+)?là(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:nằm\s+)?trong\s+kế\s+hoạch"  # "Đây là"
    r"(?:\s+[^\s.,;:!?]+){0,4}?\s+năm\s+((?:19|20)\d\d)"  # "hoạt động nằm trong kế hoạch năm 2024"
    r"|(?:chủ\s+tịch\s+ASEAN|(?:chủ\s+nhà\s+(?:của\s+)?)?năm\s+APEC)\s+(?:năm\s+)?((?:19|20)\d\d)"
    r"|năm\s+((?:19|20)\d\d)\s*,(?:\s+(?!(?:sẽ|khi|từng|đã)(?!\w))[^\s.;]+){1,6}?"
    r"\s+(?:đảm\s+nhận|giữ)\s+(?:(?:vai\s+trò|cương\s+vị|vị\s+trí|chức)\s+)?"
    r"(?:nước\s+)?chủ\s+tịch\s+ASEAN"  # "Năm 2024, Lào đảm nhận vai trò Chủ tịch ASEAN"
    r"|(?:Diễn\s+đàn|Hội\s+nghị|Hội\s+thảo|Hội\s+chợ|Tuần\s+lễ|Ngày\s+hội)"  # named with its year
    r"(?:\s+(?!(?:năm|giai|đoạn|tầm|nhìn|chiến|lược|đến|kế|hoạch)(?!\w))[^\W\d]+){0,3}"
    r"\s+((?:19|20)\d\d)(?![\d/–-]))(?!\w)",  # "Diễn đàn khu vực 2024", not "Tầm nhìn 2030"
    re.IGNORECASE,
)
_CELEBRATED = re.compile(  # any kind: "kỷ niệm 15 năm kết nghĩa", "tròn 10 năm hai nước ký"
    r"(?<!\w)(?:kỷ\s+niệm|tròn)\s+(\d{1,3})\s+năm(?!\w)", re.IGNORECASE
)
_NOT_ANNIVERSARY = re.compile(
    r"\b(?:hơn|trên|gần|khoảng|qua|suốt|sau|trong|ngót)\s+$", re.IGNORECASE
)  # "Qua hơn 55 năm quan hệ ngoại giao" is a duration, not an anniversary
_REVIEWED_YEAR = re.compile(
    r"(?<!\w)(?:tổng|sơ)\s+kết(?:,?\s+[\"“]?[^\W\d]+[\"”]?){0,16}?\s+"
    r"(?:năm|mùa\s+vụ|giai\s+đoạn\s+\d{4}\s*[-–])\s*(\d{4})(?!\d)",
    re.IGNORECASE,
)  # "tổng kết công tác phòng, chống mua bán người năm 2023", "tổng kết mùa vụ 2024", "tổng kết
# dự án "Bảo vệ …" giai đoạn 2022-2024"
_YEAR_DONE = re.compile(  # "Năm 2023, Nghệ An đã đưa …", "trong năm 2023 Cục đã thanh tra …"
    r"(?:^|[,;]\s*|(?<!\w)trong\s+)năm\s+((?:19|20)\d\d)\s*,?(?:\s+[^\s\d.;:]+){1,8}?\s+đã(?!\w)",
    re.IGNORECASE,
)
_YEAR_JUST_PAST = re.compile(r"(?<!\w)năm\s+(\d{4})\s+vừa\s+qua(?!\w)", re.IGNORECASE)
_EVENT_NAMED_BACK = re.compile(
    r"^(?:chuyến\s+(?:thăm|công\s+tác)|sự\s+kiện|hội\s+(?:nghị|thảo)|buổi\s+(?:làm\s+việc|tiếp|"
    r"gặp(?:\s+gỡ)?|hội\s+đàm|lễ)|lễ\s+ký(?:\s+kết)?|khóa\s+(?:tập\s+huấn|đào\s+tạo|học))"
    r"(?:\s+(?:này|lần\s+này))?(?:\s+do\s[^,.;]{1,80}?,)?\s+(?:diễn\s+ra|nằm\s+trong|"
    r"được\s+tổ\s+chức|là\s+(?:một\s+trong\s+(?:các|những)\s+)?(?:hoạt\s+động|sự\s+kiện|"
    r"sáng\s+kiến))(?!\w)",
    re.IGNORECASE,
)  # "Chuyến thăm diễn ra trong bối cảnh năm 2024 …", "Hội thảo là một trong các hoạt động
# thuộc … của APEC năm 2024", "Hội thảo do Chính phủ Nhật Bản tài trợ, là một trong những sáng
# kiến … trong Chương trình công tác năm 2024": a sentence that frames the event
OPENING_SENTENCES = 2  # a headline and the lead's first sentence, which may say "sáng nay"
REVIEW_LATE_MONTH = 10  # a review held October to December is in the year reviewed
REVIEW_EARLY_MONTH = 3  # one held January to March is in the year after
COMPARED_WITH = re.compile(  # "so với cùng kỳ năm 2023", "gấp 3 lần cùng kỳ năm 2023": a base
    r"(?:so\s+với(?:\s+\S+){0,3}|cùng\s+kỳ(?:\s+năm)?)\s*$", re.IGNORECASE
)
ORIGIN_YEAR = re.compile(  # "thành lập năm 2019", "ký năm 2008 và được sửa đổi năm 2013", "sinh
    # năm 1986": the past
    r"(?<!\w)(?:ký(?:\s+kết)?|thành\s+lập|ra\s+đời|sửa\s+đổi|sinh)(?:\s+(?:từ|vào|trong))?"
    r"(?:\s+(?:năm|ngày))?\s*$",
    re.IGNORECASE,
)
PLAN_YEAR = re.compile(  # "thống nhất kế hoạch hợp tác năm 2025": the year of a plan agreed
    r"(?<!\w)(?:thống\s+nhất|xây\s+dựng|bàn|thảo\s+luận|phê\s+duyệt|đề\s+ra)\s+(?:các\s+)?"
    r"kế\s+hoạch(?:\s+[^\W\d]+){0,4}(?:\s+năm)?\s*$",
    re.IGNORECASE,
)  # not "nằm trong kế hoạch hoạt động năm 2024": the plan under way
DATELINE_FOLLOWERS = 2  # a bare dateline's event opens one of the next sentences (or a title's)
CLAUSE_BREAK = re.compile(r"[,;:()]")  # "đầu năm 2025 diễn ra ngày 10/1|,| …"
_ITEM_LABEL = re.compile(r"[^.;,:]{1,40}:\s*")  # "Đài Loan (Trung Quốc): |Ngày 4/6"
OPENING_CHARS = 12  # a sentence opens on a date this close to its start ("Theo đó, ngày 19/2")
_RECALLED = re.compile(
    r"(?<!\w)hồi\s+(?:đầu\s+|giữa\s+|cuối\s+)?$", re.IGNORECASE
)  # "hồi |tháng 3"
_ONCE = re.compile(r"(?<!\w)(?:từng|trước\s+đó|trước\s+đây)(?!\w)", re.IGNORECASE)  # background
_PAST_EVENT = re.compile(  # "nhắc lại thảm kịch |tháng 10/2019": an event recalled
    r"(?<!\w)(?:thảm\s+kịch|vụ\s+việc|vụ\s+án|sự\s+cố)\s+(?:\S+\s+){0,3}?$", re.IGNORECASE
)
_YEAR_GLOSSED = re.compile(  # "năm ngoái (2023)", "năm vừa qua (2023)": the present is 2024
    r"(?<!\w)năm\s+(nay|ngoái|trước|vừa\s+qua)(?:\s*\(\s*((?:19|20)\d\d)\s*\)"
    r"|,\s*năm\s+((?:19|20)\d\d)\s*,)",
    re.IGNORECASE,
)
_WITHIN = re.compile(r"(?<!\w)trong\s+$", re.IGNORECASE)  # "trong |năm 2024"
_THIS_YEAR = re.compile(  # "Quý I năm nay", "ba tháng đầu năm |đã có": the publication year
    r"(?<!\w)năm\s+nay(?!\w)|(?<=tháng\sđầu\s)năm(?!\s*(?:\d|nay|ngoái|trước|tới|sau)|\w)",
    re.IGNORECASE,
)
_YEARS_LATER = re.compile(  # "Mười năm sau", "Một phần tư thế kỷ sau", "…, thì đến năm 2023"
    r"(?<![\w/.])(?:(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+\w+)?\s+năm\s+sau"
    r"(?!\s+(?:khi|ngày))"
    r"|(?:\w+\s+){0,3}thế\s+kỷ\s+sau|thì\s+(?:đến\s+)?năm\s+\d{4})(?!\w)",
    re.IGNORECASE,
)
_YEARS_SINCE = re.compile(  # "đúng hai năm sau khi … được ký |ngày 27/10/2022", "5 năm sau ngày ký"
    r"(?<!\w)(\w+)\s+năm\s+(?:sau|kể\s+từ)\s+(?:khi|ngày)(?!\w)[^.;]*$", re.IGNORECASE
)
_TIME_INTO = re.compile(  # "sau gần 6 tháng thực hiện", "sau 2 năm triển khai": since a start
    r"(?<!\w)sau\s+(?:(?:gần|hơn|khoảng|đúng)\s+)?(\w+)\s+(tháng|năm)\s+(?:chính\s+thức\s+)?"
    r"(?:thực\s+hiện|triển\s+khai|áp\s+dụng|có\s+hiệu\s+lực|vận\s+hành)(?!\w)",
    re.IGNORECASE,
)
_PLAN_OF_YEAR = re.compile(  # "sau gần 9 tháng thực hiện| Kế hoạch hợp tác năm 2023": its year
    r"\s+(?:kế\s+hoạch|chương\s+trình)(?:\s+[^\W\d]+){0,5}?\s+năm\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
MONTHS_IN_YEAR = 12
_STARTED_FROM = re.compile(  # "Hiệp định có hiệu lực từ |ngày 1/1/2024"
    r"(?:hiệu\s+lực|thực\s+hiện|triển\s+khai|áp\s+dụng|vận\s+hành)\s+(?:chính\s+thức\s+)?"
    r"(?:kể\s+)?từ\s+$",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(r"(?<!\w)từ\s+năm\s+\d{4}", re.IGNORECASE)  # "triển khai từ năm 2019"
_RELATIVE_DAY = re.compile(  # "Chiều (hôm) qua, …", "- Hôm nay, …", "… với Bộ hôm qua, …", "…
    # tổ chức sáng nay"; not "hai chiều qua cửa khẩu"
    r"(?:(?:^|[,;(\-–—]\s*)|(?<!\w)(?=(?:\w+\s+)?hôm\s+qua(?!\w)|(?:sáng|trưa|chiều|tối)\s+nay(?!\w)))"
    r"(?:(?:sáng|trưa|chiều|tối|đêm)(?:\s+hôm)?|hôm)\s+(nay|qua)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_PERIOD = re.compile(  # "Hồi đầu tháng này", "Tuần trước, …"
    r"(?<!\w)(?:(?:(?:đầu|giữa|cuối)\s+)?tháng\s+này|tuần\s+(?:trước|qua))(?!\w)", re.IGNORECASE
)
DAYS_IN_WEEK = 7
FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a publication date to the day
_JUST_DONE = re.compile(  # "Cục … |vừa phát đi cảnh báo"; not "vừa qua", "vừa học vừa làm"
    r"(?<!\w)vừa\s+(?!qua|phải|và|rồi|đủ|\w+\s+vừa)\w", re.IGNORECASE
)
_TIME_AGO = re.compile(  # "Ba năm trước, chị … vừa trở về từ Malaysia": a story's past
    r"(?<!\w)(?:(?:năm|tháng|tuần|ngày)\s+trước|trước\s+đây|hồi\s+đó)(?!\w)", re.IGNORECASE
)
_YESTERDAY_AFTER = re.compile(  # "Tây Ninh, ngày 22/8/2023| - Chiều qua, …"
    r"\s*(?:\([^)]{1,20}\))?\s*[-–—]\s*(?:sáng|trưa|chiều|tối|đêm|hôm)\s+qua(?!\w)", re.I
)
_CITED_STATISTICS = re.compile(  # "14/9 (TTXVN) - |(Theo) số liệu", "8/1 - Theo Ngân hàng …,"
    r"\s*(?:\([^)]{1,20}\))?\s*[-–—]\s*(?:(?:Theo\s+)?"
    r"(?:số\s+liệu|thống\s+kê|báo\s+cáo|dữ\s+liệu)(?!\w)|Theo\s[^,.;]{1,80},)",
    re.IGNORECASE,
)
_LAUNCHED_PERIOD = re.compile(  # "lễ khởi động dự án … giai đoạn 2023 - 2026"
    r"(?<!\w)(?:khởi\s+động|ra\s+mắt|khởi\s+công)(?!\w)[^.;]*?giai\s+đoạn\s+(20\d\d)\s*[-–]\s*20\d\d",
    re.IGNORECASE,
)
_SCHOOL_YEAR = re.compile(  # "năm học 2024-2025", "niên khóa 2025-2026"
    r"(?<!\w)(?:năm\s+học|niên\s+kh(?:óa|oá))\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", re.I
)
SCHOOL_YEAR_START = 8  # a school year runs from August or September to the next summer
STATISTICS_SENTENCES = 2  # an undated article opening on statistics is about their year
PERIOD_SENTENCES = 4  # or, further into a feature's opening, about their period's end
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FUTURE = re.compile(r"\b(?:sẽ|dự\s+kiến|sắp)\b", re.IGNORECASE)
_DEADLINE = r"\b(?:hạn(?:\s+chót)?\s+(?:nộp|đăng\s+ký|nhận)|nhận\s+hồ\s+sơ)\b"  # "Hạn nộp hồ sơ"
_PLANNED_FOR = re.compile(  # "sẽ mở từ ngày |", "dự kiến tổ chức tại Hà Nội từ ngày |"
    rf"(?:{_FUTURE.pattern}|{_DEADLINE})[^\d,;:.]{{0,60}}\s(?:ngày\s+)?$", re.IGNORECASE
)
_PAST_PLAN = re.compile(r"\b(?:từng|trước\s+đó|đã|nay|nhưng)\b", re.IGNORECASE)  # "từng dự kiến"
WEEKDAY_NAMES = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
_WEEKDAY = r"(?-i:[Cc]hủ\s+[Nn]hật|[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy))"  # capitalised: no ordinal
# "Thứ Năm (|22/8)", "thứ Sáu tuần trước (|15/11)": not "xếp thứ hai"
_WEEKDAY_BEFORE = re.compile(
    rf"(?<!\w)({_WEEKDAY})(?:\s+(?:tuần\s+(?:trước|này|qua|rồi)|vừa\s+(?:qua|rồi)))?\s*[(,]?\s*"
    r"(?:ngày\s+)?$",
    re.IGNORECASE,
)
_PAST_WEEKDAY = re.compile(  # "Thứ Ba vừa qua, tại …": the last Tuesday before publication
    rf"(?:^|[,;]\s*|(?:sáng|trưa|chiều|tối|hôm|vào)\s+)({_WEEKDAY})"
    r"\s+(?:vừa\s+(?:qua|rồi)|tuần\s+(?:trước|qua|rồi))(?!\s*\()",
    re.IGNORECASE,
)
_YEAR_NAMED = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d)")
_SETTING_BEFORE = re.compile(r"(?<!\w)tại\s+$", re.IGNORECASE)  # "Phát biểu tại |lễ ký"
_AT = re.compile(r"(?<![\w])(?<!hiện )tại\s+")
_PLACE_END = re.compile(
    r"[,.;:()“”\"]|\s(?:diễn\s+ra|đã|sẽ|được|ngày|sáng|chiều|tối|trưa|vào|nhằm|để)\s",
    re.IGNORECASE,
)
MAX_PLACE_WORDS = 12
_PLACE_PREPOSITIONS = ("cho", "với", "về")  # end a proper name when a lower-case word follows
PREFIX_KIND = "prefix"  # places.csv rows that are administrative words, not places


@dataclass(frozen=True)
class EventKeyword:
    words: str  # the regular expression as event_types.csv writes it
    pattern: re.Pattern[str]  # that, on whole words only
    event_type: str
    priority: int


def main_event(article: Article, mentions: list[Mention]) -> Event:
    """The article's main event; fields left empty when the text does not establish them."""
    # Find the sentence that reports the event, and what kind of event it is.
    lead = article.sentences[:LEAD_SENTENCES]
    sentence = event_sentence(lead)
    event_type = event_type_of(article.title, sentence, lead)
    # Who, where and when.
    partners = event_partners(mentions, sentence, lead, event_type)
    location = event_location(sentence.text) if sentence else ""
    date, basis = event_date(article, sentence, partners, mentions, event_type)
    return Event(event_type, partners, date, basis, location)


@cache
def event_keywords() -> tuple[EventKeyword, ...]:
    """data/reference/event_types.csv compiled; a bad row raises ReferenceDataError."""
    keywords = []
    for line, row in enumerate(read_table("event_types"), start=2):
        try:
            pattern = re.compile(whole_words(row["pattern"]), re.IGNORECASE)
            keywords.append(
                EventKeyword(row["pattern"], pattern, row["event_type"], int(row["priority"]))
            )
        except (KeyError, ValueError, TypeError, re.error) as error:
            raise ReferenceDataError(
                f"data/reference/event_types.csv row {line}: {error!r}; each row needs a valid "
                "regular expression in 'pattern', an 'event_type' and a whole-number 'priority'"
            ) from None
    return tuple(keywords)


@cache
def any_event_keyword() -> re.Pattern[str]:
    """Every event keyword at once, word boundaries checked once for all of them (five times
    faster than around each): a text that holds none is spared the search of each."""
    keywords = "|".join(f"(?:{k.words})" for k in event_keywords())
    return re.compile(whole_words(keywords) if keywords else "(?!)", re.IGNORECASE)


def whole_words(pattern: str) -> str:
    """The regular expression pattern, matching whole words only."""
    return rf"(?<!\w)(?:{pattern})(?!\w)"


@lru_cache(maxsize=CACHED_TEXTS)
def typed_keyword(text: str) -> EventKeyword | None:
    """The highest-priority event keyword in text (the earliest among equals), or None."""
    if not any_event_keyword().search(text):
        return None
    found = [(k.priority, -m.start(), k) for k in event_keywords() if (m := k.pattern.search(text))]
    return max(found, key=lambda f: (f[0], f[1]))[2] if found else None


def event_sentence(lead: Sequence[Sentence]) -> Sentence | None:
    """The first dated lead sentence if it opens on a day, as a news lead does; else the first
    naming an event and opening on a day ("Ngày 12/9/2023, tại Hội nghị …", not an earlier
    "Tháng 4/2022, anh … thành lập xưởng"); else naming an event with a day or month; else naming
    one, not only as a setting ("Phát biểu tại lễ ký"); else dated; else naming one."""
    dated = [s for s in lead if event_dates(s.text)]
    typed = [s for s in lead if typed_keyword(s.text)]
    for candidates in (
        [s for s in dated[:1] if opens_on_day(s.text)],
        [s for s in dated if s in typed and opens_on_day(s.text)],
        [s for s in dated if s in typed],
        [s for s in typed if not names_setting(s.text)],
        dated,
        typed,
    ):
        if candidates:
            return candidates[0]
    return None


def opens_on_day(text: str) -> bool:
    """Whether the sentence opens on a dateline or a day, as a news lead does ("Hà Nội, 5/6/2024
    - …", "Sáng 15/1, …", "Ngày 2/8/2024, tại Hà Nội, …"); "Ngày 12/1/2020, hai bộ từng ký …" is
    background."""
    first = event_dates(text)[:1]
    return (
        bool(first)
        and first[0].day is not None
        and (
            not first[0].year_given
            or is_dateline_date(text, first[0])
            or not _ONCE.search(text, first[0].end)
        )
        and first[0].start <= OPENING_CHARS
    )


def names_setting(text: str) -> bool:
    """Whether the sentence names its event only as the setting of what follows ("Phát biểu tại
    lễ ký, …", "Tại hội thảo, …"): a sentence after the event's report."""
    keyword = typed_keyword(text)
    match = keyword and keyword.pattern.search(text)
    return bool(match) and bool(_SETTING_BEFORE.search(text, 0, match.start()))


def event_dates(text: str) -> list[DateMention]:
    """The dates of a sentence an event can happen on."""
    return [d for d in find_dates(text) if is_event_date(text, d)]


def is_event_date(text: str, mention: DateMention) -> bool:
    """A calendar date that is no plan, deadline or start of a rule: not "sẽ diễn ra vào tháng
    12", "áp dụng từ ngày 1/5" (data/reference/future_cues.csv, in the date's clause), nor a
    date recalled ("được gia hạn hồi tháng 3", "hai năm sau khi … được ký ngày 27/10/2022")."""
    return (
        is_calendar_date(mention)
        and not is_planned(text, mention)
        and not _RECALLED.search(text, 0, mention.start)
        and not _YEARS_SINCE.search(text, 0, mention.start)
    )


def is_planned(text: str, mention: DateMention) -> bool:
    """Whether a future cue stands in the date's clause ("chế độ mới sẽ thay thế … từ năm 2027")."""
    return planned_at(text, mention.start)


def planned_at(text: str, start: int) -> bool:
    """Whether a future cue stands in the clause before start ("hướng tới năm APEC 2027")."""
    clause = CLAUSE_BREAK.split(text[:start])[-1].lower()
    return bool(future_cue_pattern().search(clause))


@cache
def future_cue_pattern() -> re.Pattern[str]:
    """Any cue of data/reference/future_cues.csv, as a whole word of lower-cased text."""
    cues = [row["cue"].lower() for row in read_table("future_cues")]
    return alternation(cues, " ") if cues else re.compile("(?!)")


def is_calendar_date(mention: DateMention) -> bool:
    """A single day or month, or a span of a few days: what an event happens on ("10 tháng năm
    2024" is a statistic's period, not an event's date)."""
    if mention.month is None or mention.kind not in ("date", "range"):
        return False
    if mention.kind == "date":
        return True
    if mention.day is None:
        return False
    if len(mention.first) == len(mention.last) == len("YYYY-MM-DD"):
        span = dt.date.fromisoformat(mention.last) - dt.date.fromisoformat(mention.first)
        return span.days <= MAX_EVENT_DAYS
    return True


def event_type_of(title: str, sentence: Sentence | None, lead: Sequence[Sentence]) -> str:
    """From the title if it names an event type, else the event sentence, else the lead."""
    for text in (title, sentence.text if sentence else "", *(s.text for s in lead)):
        keyword = typed_keyword(text)
        if keyword:
            return keyword.event_type
    return "other"


def event_partners(
    mentions: Iterable[Mention],
    sentence: Sentence | None,
    lead: Sequence[Sentence],
    event_type: str,
) -> tuple[str, ...]:
    """Partner codes of the event sentence and the lead before it; a review takes all partners."""
    partners = [m for m in mentions if m.role == "partner"]
    if event_type != REVIEW_TYPE:
        end = sentence.end if sentence else (lead[-1].end if lead else 0)
        in_lead = [m for m in partners if m.char_start < end]
        partners = in_lead or partners
    return tuple(sorted({m.partner_code for m in partners}))


def event_location(sentence: str) -> str:
    """The place after "tại" in the event sentence: a known place, else a capitalised name."""
    for match in _AT.finditer(sentence):
        rest = sentence[match.end() :]
        place = known_place_at(rest) or capitalised_name_at(rest)
        if place:
            return place
    return ""


@cache
def place_names() -> tuple[str, ...]:
    """Names from data/reference/places.csv, longest first so "Bà Rịa - Vũng Tàu" beats "Bà"."""
    return longest_first(r["name"] for r in read_table("places") if r.get("kind") != PREFIX_KIND)


@cache
def place_prefixes() -> tuple[str, ...]:
    """Administrative words before a place name ("thủ đô", "thành phố", "tỉnh")."""
    return longest_first(r["name"] for r in read_table("places") if r.get("kind") == PREFIX_KIND)


def longest_first(names: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(sorted({n.strip() for n in names if n and n.strip()}, key=lambda n: (-len(n), n)))


def known_place_at(text: str) -> str:
    """The known place text starts with, after an administrative word ("thủ đô Viêng Chăn")."""
    prefix = next((p for p in place_prefixes() if text.startswith(p + " ")), "")
    for start in (text, text[len(prefix) :].lstrip()) if prefix else (text,):
        for name in place_names():
            if start.startswith(name) and not start[len(name) : len(name) + 1].isalnum():
                return name
    return ""


def capitalised_name_at(text: str) -> str:
    """'Trụ sở Bộ Lao động – Thương binh và Xã hội, Vụ…' -> the name up to the clause end."""
    if not text[:1].isupper():
        return ""
    end = _PLACE_END.search(text)
    words = text[: end.start() if end else len(text)].split()[:MAX_PLACE_WORDS]
    return " ".join(before_preposition(words))


def before_preposition(words: list[str]) -> list[str]:
    """A proper name's words up to "cho", "với" or "về" when a lower-case word follows it ("Đức
    cho hơn 300 học sinh"); all of them when a lower-case word comes before it or a capitalised
    one after it ("Trung tâm Dịch vụ việc làm cho thanh niên", "Nghiên cứu về Phụ nữ")."""
    for i, word in enumerate(words):
        if not word[:1].isupper():
            following = words[i + 1 : i + 2]
            ends = word in _PLACE_PREPOSITIONS and following and not following[0][:1].isupper()
            return words[:i] if ends else words
    return words


def event_date(
    article: Article,
    sentence: Sentence | None,
    partners: tuple[str, ...],
    mentions: Sequence[Mention],
    event_type: str,
) -> tuple[str, str]:
    """(ISO date at the precision the text gives, basis), or ("", "") when the year is unknown; a
    month without its year ("Riêng tháng 11, …") takes the statistics' period that ends in it."""
    lead = article.sentences[:LEAD_SENTENCES]
    found = event_date_mention(sentence, lead, event_type)
    if found and began_before_news(lead, *found):
        found = None
    told = [relative_day([s], article.published_date) for s in lead[:OPENING_SENTENCES]]
    opening = next((n for n, day in enumerate(told) if day[0]), None)
    if opening is not None and not (found and found[0] in lead[: opening + 1]):
        return told[opening]  # "Hà Nội, ngày 5/6/2024 … Sáng nay, …", not a later month
    if found and (period := statistics_after_dateline(*found, article.published_date))[0]:
        return period
    if found and (relative := relative_day_before(*found, article.published_date))[0]:
        return relative
    if found:
        where, when = found
        iso, basis = dated_mention(article, sentence, partners, mentions, event_type, found)
        if iso:
            return (
                (day_before(iso), basis) if reaches_back_a_day(where, when, lead) else (iso, basis)
            )
        if when.day is not None:
            return "", ""  # a day the text does not place
        if when.month is None:
            return just_done(lead, article.published_date)  # "vừa …, trong năm 2024"
        # "Riêng tháng 11, …" in statistics "tính đến hết tháng 11/2024": that period's month
        period = statistics_period(lead, article.published_date)
        return period if period[0][5:7] == f"{when.month:02d}" else ("", "")
    undated = (  # a review's year, its opening statistics' period, an anniversary's year
        relative_day([sentence, *lead] if sentence else lead, article.published_date),
        reviewed_year(sentence, event_type),
        relative_month(lead, article.published_date),
        statistics_period(lead, article.published_date),
        (str(year_from_anniversary(article, partners, mentions) or ""), "anniversary"),
        just_done(lead, article.published_date),
    )
    return next((period for period in undated if period[0]), ("", ""))


def began_before_news(lead: Sequence[Sentence], where: Sentence, when: DateMention) -> bool:
    """Whether the date only starts a story that an opening dated by no calendar reports was just
    acted on: "Công an … vừa bắt tạm giam …. Dù vậy, từ tháng 5/2022, Hà và Hưng quảng cáo …",
    "Chiều qua, 14 thuyền viên … đã về tới …. Từ tháng 3, chủ tàu …"."""
    opening = next(
        (
            k
            for k, s in enumerate(lead[:STATISTICS_SENTENCES])
            if _JUST_DONE.search(s.text) or _RELATIVE_DAY.search(s.text)
        ),
        None,
    )
    return (
        opening is not None
        and where in lead[opening + 1 :]
        and not any(event_dates(s.text) for s in lead[: opening + 1])
        and when.kind == "date"
        and bool(FROM_BEFORE.search(where.text, 0, when.start))
    )


def relative_month(lead: Sequence[Sentence], published: str) -> tuple[str, str]:
    """An opening that dates its news only by "tháng này" or "tuần trước" is about the month of
    publication or of the week before it ("Hồi đầu tháng này, …" in an article of 2025-03-20 ->
    2025-03, "Tuần trước, …" on 2024-10-28 -> 2024-10), else ("", "")."""
    day = publication_day(published)
    if day is None:
        return "", ""
    for sentence in lead[:STATISTICS_SENTENCES]:
        if match := _RELATIVE_PERIOD.search(sentence.text):
            back = 0 if match.group().lower().endswith("này") else DAYS_IN_WEEK
            return (day - dt.timedelta(days=back)).isoformat()[:7], "published_date"
    return "", ""


def just_done(lead: Sequence[Sentence], published: str) -> tuple[str, str]:
    """An article whose opening reports what someone "vừa" did, dated nowhere, is about the month
    it was published ("Cục … vừa phát đi cảnh báo" in an article of 2024-04-08 -> 2024-04)."""
    opening = [s.text for s in lead[:STATISTICS_SENTENCES] if not _TIME_AGO.search(s.text)]
    if len(published) < len("2024-04") or not any(_JUST_DONE.search(text) for text in opening):
        return "", ""
    return published[:7], "published_date"


def dated_mention(
    article: Article,
    sentence: Sentence | None,
    partners: tuple[str, ...],
    mentions: Sequence[Mention],
    event_type: str,
    found: tuple[Sentence, DateMention],
) -> tuple[str, str]:
    """(ISO date, basis) of the event's date mention, its year found when the text omits it."""
    lead = article.sentences[:LEAD_SENTENCES]
    where, when = found
    if when.year_given:
        return ("", "") if after_publication(when, article.published_date) else (when.first, "text")
    for basis, year in (
        ("text", year_from_text(article.sentences, when, article.published_date)),
        ("published_date", year_from_published(article.published_date, when)),
        ("text", year_from_weekday(article.sentences, where, when)),
        ("text", year_from_review(where, when)),
        ("text", year_just_past(lead, when)),
        ("text", year_in_sentence(where, event_type)),
        ("text", year_of_span(where, when)),
        ("text", year_in_clause(where, when)),
        ("text", month_named_in_full(lead, when) if when.day else None),
        ("text", year_in_sentence(sentence, event_type) if sentence else None),
        ("text", year_restated(lead, where, when, event_type)),
        ("text", year_in_frame(lead, where, event_type)),
        ("text", year_from_school_year(lead, when)),
        ("text", year_launched(where)),
        ("published_date", year_from_url(article.source_url, when)),
        ("text", year_glossed(article.sentences)),
        ("text", year_named_back(article.sentences, event_type)),
        ("anniversary", year_from_anniversary(article, partners, mentions)),
        ("text_bound", year_from_statistics(article.sentences, when)),
        ("text_bound", year_to_date(article.sentences)),
        ("text_bound", year_from_bounds(article.sentences, when)),
        ("text_bound", year_time_into(article.sentences, when)),
        ("text_bound", year_after_recalled(article.sentences, when)),
        ("text_bound", year_after_done(article.sentences)),
        ("text_bound", year_from_plan(article.sentences, when)),
    ):
        if year is not None and (iso := with_year(when, year)):
            return iso, basis
    return "", ""


def statistics_after_dateline(
    where: Sentence, when: DateMention, published: str
) -> tuple[str, str]:
    """A dateline whose sentence goes on to cite statistics dates their period, not the report
    ("Seoul 13/3 (TTXVN) - Theo số liệu …, tính đến cuối tháng 2/2024, …" -> 2024-02); else
    ("", "")."""
    if not (is_dateline_date(where.text, when) and _CITED_STATISTICS.match(where.text, when.end)):
        return "", ""
    return statistics_period([where], published)


def reaches_back_a_day(where: Sentence, when: DateMention, lead: Sequence[Sentence]) -> bool:
    """A dateline followed by "Chiều qua" or "Hôm qua", in its sentence or, when the line is only
    a dateline, opening one of the next ones: the event was the day before it."""
    if not is_dateline_date(where.text, when):
        return False
    if _YESTERDAY_AFTER.match(where.text, when.end):
        return True
    following = sentences_after(lead, where, DATELINE_FOLLOWERS)
    bare = not where.text[when.end :].strip(" .")
    return bare and any(opens_on_yesterday(s.text) for s in following)


def opens_on_yesterday(text: str) -> bool:
    """Whether the sentence opens on "Chiều qua", "Hôm qua" ("(VOV) - Chiều qua, tại …")."""
    match = _RELATIVE_DAY.search(text)
    return bool(match and match.group(1).lower() == "qua" and match.start() <= OPENING_CHARS)


def sentences_after(lead: Sequence[Sentence], sentence: Sentence, count: int) -> list[Sentence]:
    """The first count sentences of the lead after the sentence."""
    return [s for s in lead if s.start >= sentence.end][:count]


def is_dateline_date(text: str, when: DateMention) -> bool:
    """Whether the date is a dateline's: after a place ("Hà Nội, ngày 5/6") or before a news
    agency ("14/9 (TTXVN)")."""
    dashed = bool(DASH_AFTER.match(text, when.end))
    return is_dateline(text[: when.start], dashed) or bool(AGENCY_AFTER.match(text, when.end))


def day_before(iso: str) -> str:
    """The day before a full ISO date; a month or a year as it is."""
    if len(iso) != len("YYYY-MM-DD"):
        return iso
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def event_date_mention(
    sentence: Sentence | None, lead: Sequence[Sentence], event_type: str
) -> tuple[Sentence, DateMention] | None:
    """(the sentence, its date): the event sentence's day or month date; else a lead day/month
    without a year (a dateline or an opening "Chiều 14/3": a year alone in the event sentence is
    often a statistic's, "năm 2023, Hàn Quốc đã tiếp nhận …"); else the event sentence's stated
    year (not in a review: there "năm 2018" is the year reviewed); else the first day or month
    date in the lead."""
    dates = (
        [d for d in find_dates(sentence.text) if d.kind in ("date", "range")] if sentence else []
    )
    after = sentences_after(lead, sentence, 1) if sentence else []
    calendar_dates = [
        d
        for d in dates
        if sentence
        and is_event_date(sentence.text, d)
        and not looked_back_on(sentence.text, d, after)
    ]
    if sentence and calendar_dates:
        return dated_after_dateline(sentence, lead) or (
            sentence,
            day_within_span(after_dateline(sentence.text, calendar_dates)),
        )
    lead_dates = [
        (other, d)
        for k, other in enumerate(lead)
        for d in after_dateline(other.text, event_dates(other.text))
        if not looked_back_on(other.text, d, lead[k + 1 : k + 2])
    ]
    if lead_dates and not lead_dates[0][1].year_given:
        return lead_dates[0]
    years = [
        d
        for d in (stated_years(sentence.text, dates) if sentence else [])
        if sentence and not looked_back_on(sentence.text, d, after)
    ]
    if sentence and years and event_type != REVIEW_TYPE:
        return sentence, years[0]
    if lead_dates:
        return lead_dates[0]
    return opening_year(lead, event_type)


def looked_back_on(text: str, when: DateMention, following: Sequence[Sentence]) -> bool:
    """Whether the text looks back on the date from years later, after it in its sentence or at
    the start of the next one: "Ngày 6/6/2014, 138 ứng viên … đầu tiên đã sang Nhật Bản. Mười năm
    sau, …", "Nếu năm 2014 mới chỉ có …, thì đến năm 2023 …": history, not the event."""
    return bool(_YEARS_LATER.search(text, when.end)) or any(
        _YEARS_LATER.match(s.text) for s in following
    )


def dated_after_dateline(
    sentence: Sentence, lead: Sequence[Sentence]
) -> tuple[Sentence, DateMention] | None:
    """A line that is only a dateline ("Hà Nội, ngày 20/2/2024"), or a dateline and a heading that
    names no event ("Hà Nội, 28/12/2023 - Tin kinh tế - lao động cuối năm"), followed by a
    sentence opening on a day shortly before it ("Ngày 19/2, Trung tâm …"), a title between them
    or not; or a dateline reporting what was just done ("Hà Nội, ngày 5/6/2024 - … vừa ký …")
    followed by a sentence dating it ("Lễ ký diễn ra hôm 3/6"): that sentence and its day."""
    dates = find_dates(sentence.text)
    if not dates or not is_dateline_date(sentence.text, dates[0]):
        return None
    rest = sentence.text[dates[0].end :]
    just_done = bool(_JUST_DONE.search(rest))
    bare = len(dates) == 1 and not just_done and not typed_keyword(rest)
    if not bare and not just_done:
        return None
    following = sentences_after(lead, sentence, DATELINE_FOLLOWERS)
    for other in following:
        first = event_dates(other.text)[:1]
        opening = [d for d in first if opens_on(other.text, d) or not bare]
        if opening and is_shortly_before(dates[0], opening[0]):
            return other, opening[0]
    return None


def opens_on(text: str, when: DateMention) -> bool:
    """Whether the sentence opens on the date, or on a label and then the date ("Đài Loan (Trung
    Quốc): Ngày 4/6, …" in a bulletin)."""
    return when.start <= OPENING_CHARS or bool(_ITEM_LABEL.fullmatch(text, 0, when.start))


def day_within_span(dates: list[DateMention]) -> DateMention:
    """The first date, or the day named after it inside its span: "trong chuyến công tác từ ngày
    24 đến 28/6/2024, chiều 26/6, Bộ trưởng …" happened on the 26th."""
    span = dates[0]
    if span.kind != "range":
        return span
    return next(
        (d for d in dates[1:] if d.kind == "date" and d.month and d.day and in_span(span, d)), span
    )


def in_span(span: DateMention, day: DateMention) -> bool:
    """Whether the day/month falls between the span's bounds when they are full days, or, the
    span's year unknown, after its first day in the same month ("từ ngày 4 đến 7/11, ngày 6/11")."""
    if not span.year_given:
        return span.day is not None and day.month == span.month and (day.day or 0) > span.day
    if not len(span.first) == len(span.last) == len("YYYY-MM-DD"):
        return False
    iso = f"{span.first[:4]}-{day.month:02d}-{day.day:02d}"
    return span.first <= iso <= span.last


def after_dateline(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates after a dateline when the sentence goes on to date the event itself, a day at
    most NEARBY_DAYS before it: "Mátxcơva, 15/1 (TTXVN) - Ngày 14/1, …" is about the 14th, and
    so is "Viêng Chăn 15/1 (TTXVN) - Ngày 14/1"; all of them when it says "sáng nay"."""
    opening = dates[0] if dates else None
    dateline = opening is not None and is_dateline_date(text, opening)
    if dateline and any(m.group(1).lower() == "nay" for m in _RELATIVE_DAY.finditer(text)):
        return dates  # "Seoul 22/10 (TTXVN) - Trong chuyến thăm từ 20 đến 24/10, sáng nay, …"
    if opening and dateline and any(is_shortly_before(opening, d) for d in dates[1:]):
        return dates[1:]  # "Geneva 12/6 (TTXVN) - … diễn ra từ ngày 3 đến 14/6/2024 …, chiều 11/6"
    return dates


def is_shortly_before(dateline: DateMention, event: DateMention) -> bool:
    """Whether a day/month falls at most NEARBY_DAYS before the dateline's day."""
    if None in (dateline.month, dateline.day, event.month, event.day):
        return False
    try:
        line = dt.date(LEAP_YEAR, dateline.month or 0, dateline.day or 0)
        day = dt.date(LEAP_YEAR, event.month or 0, event.day or 0)
    except ValueError:
        return False
    return 0 <= (line - day).days % 365 <= NEARBY_DAYS


def opening_year(lead: Sequence[Sentence], event_type: str) -> tuple[Sentence, DateMention] | None:
    """An article that opens on a year and gives no day ("Năm 2022 đánh dấu …") is about that
    year; not a review, whose opening year is the year reviewed."""
    if not lead or event_type == REVIEW_TYPE:
        return None
    years = [
        d
        for d in stated_years(lead[0].text, find_dates(lead[0].text))
        if not looked_back_on(lead[0].text, d, lead[1:2])
    ]
    return (lead[0], years[0]) if years else None


def stated_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a year alone that are no comparison's base ("so với cùng kỳ năm 2023") nor
    a founding or an earlier signing ("Được thành lập năm 2019, Trung tâm …")."""
    return [
        d
        for d in dates
        if d.kind == "date"
        and d.year_given
        and not is_planned(text, d)  # "Hiệp định …, có hiệu lực từ ngày 1/1/2022"
        and not COMPARED_WITH.search(text, 0, d.start)
        and not ORIGIN_YEAR.search(text, 0, d.start)
    ]


def publication_day(published: str) -> dt.date | None:
    """The day of a full publication date ("2024-06-14"), else None."""
    return dt.date.fromisoformat(published) if FULL_DAY.fullmatch(published) else None


def relative_day(sentences: Sequence[Sentence], published: str) -> tuple[str, str]:
    """An event dated from a full publication date by the first of the event's sentence and the
    lead that says when ("Chiều qua, tại …" in an article of 2024-06-14 -> 2024-06-13), else
    ("", "")."""
    day = publication_day(published)
    if day is None:
        return "", ""
    for sentence in sentences:
        if match := _RELATIVE_DAY.search(sentence.text):
            back = 1 if match.group(1).lower() == "qua" else 0
            return (day - dt.timedelta(days=back)).isoformat(), "published_date"
        if match := _PAST_WEEKDAY.search(sentence.text):
            back = (day.weekday() - weekday_number(match.group(1))) % 7 or 7
            return (day - dt.timedelta(days=back)).isoformat(), "published_date"
    return "", ""


def relative_day_before(where: Sentence, when: DateMention, published: str) -> tuple[str, str]:
    """A day told relative to publication before the date mention in its sentence dates the
    event ("Sáng qua, tại Hà Nội, … nghiên cứu kéo dài từ tháng 3/2021"), else ("", "")."""
    match = _RELATIVE_DAY.search(where.text, 0, when.start)
    return relative_day([where], published) if match else ("", "")


def reviewed_year(sentence: Sentence | None, event_type: str) -> tuple[str, str]:
    """A review that dates no meeting is about the year it reviews ("Theo báo cáo tổng kết năm
    2023 …" -> 2023), else ("", "")."""
    match = _REVIEWED_YEAR.search(sentence.text) if sentence else None
    if match is None or event_type != REVIEW_TYPE:
        return "", ""
    return match.group(1), "text"


def statistics_period(lead: Sequence[Sentence], published: str) -> tuple[str, str]:
    """An article that dates no event and opens on statistics is about their period: "tính đến
    hết tháng 9/2023, tỉnh đã ký 7 thỏa thuận" -> 2023-09, "7 tháng đầu năm 2023, cả nước đưa
    1.100 lao động" -> 2023-07, "năm 2024 toàn tỉnh có 6.820 người" -> 2024; else ("", "").
    A period's end may come a few sentences into a feature; a year alone must open the text.
    Of several periods ("năm 2023 … Riêng hai tháng đầu năm 2024 …") the latest counts."""
    periods = [
        period
        for index, sentence in enumerate(lead[:PERIOD_SENTENCES])
        if (period := counted_period(sentence.text, index, lead, published))[0]
    ]
    return max(periods, key=lambda period: period_end(period[0]), default=("", ""))


def counted_period(
    text: str, index: int, lead: Sequence[Sentence], published: str
) -> tuple[str, str]:
    """The first period the lead's sentence at the index counts, with its basis, or ("", "")."""
    text = this_year_named(text, published)
    dates = find_dates(text)
    numbers = counts_outside(text, dates)
    for when in dates:
        if looked_back_on(text, when, lead[index + 1 : index + 2]):
            continue  # "Năm 1999, … Một phần tư thế kỷ sau, …": history
        if is_period_end(when, numbers, published):
            return when.last, "text"  # not "6 tháng đầu năm 2025, tỉnh phấn đấu"
        if when.kind == "until" and not when.year_given and when.month and numbers:
            year = year_from_published(published, when)  # "Tính đến hết tháng 6, cả nước …"
            if year is not None:
                return with_year(when, year), "published_date"
        opening = index < STATISTICS_SENTENCES and numbers and when.month is None
        if opening and is_year_stated(text, dates, when, published):
            return when.first, "text"
    return "", ""


def period_end(iso: str) -> str:
    """A period's last month, for ordering: "2024" ends in "2024-12"."""
    return iso if len(iso) > len("YYYY") else f"{iso}-12"


def this_year_named(text: str, published: str) -> str:
    """The text with "năm nay", or a year left out ("bốn tháng đầu năm"), written as the
    publication year: "Quý I năm nay, tỉnh có 1.834 người" in an article of 2025-04 -> "Quý I
    năm 2025, …"."""
    year = published[:4]
    return _THIS_YEAR.sub(f"năm {year}", text) if year.isdigit() else text


def is_period_end(when: DateMention, numbers: bool, published: str) -> bool:
    """A statistic's bound ("tính đến hết tháng 6/2024" before a number) or a counted period
    ("Sáu tháng đầu năm 2024", "quý II năm 2024"), not after the publication date."""
    counted = bool(when.kind == "until" and when.last and numbers) or is_counted_period(when)
    return counted and (not published or when.last <= published[: len(when.last)])


def is_year_stated(text: str, dates: list[DateMention], when: DateMention, published: str) -> bool:
    """A year alone, stated for the text's own facts and not after the publication year."""
    return when in stated_years(text, dates) and not after_publication(when, published)


def is_counted_period(when: DateMention) -> bool:
    """A range of months from January of a year ("7 tháng đầu năm 2023": 2023-01 to 2023-07), or
    a quarter ("quý II năm 2024": 2024-04 to 2024-06)."""
    if when.kind != "range" or len(when.last) != len("YYYY-MM") or when.first[:4] != when.last[:4]:
        return False
    first, last = int(when.first[5:]), int(when.last[5:])
    return first == 1 or (first % 3 == 1 and last == first + 2)


def counts_outside(text: str, dates: list[DateMention]) -> bool:
    """Whether the text holds a number outside its dates (a statistic)."""
    return any(not any(d.start <= m.start() < d.end for d in dates) for m in _NUMBER.finditer(text))


def after_publication(when: DateMention, published: str) -> bool:
    """A year alone, after the publication year, is a plan or a target, not the event (a full
    date after it is an announced event)."""
    return when.month is None and published[:4].isdigit() and when.first[:4] > published[:4]


def with_year(when: DateMention, year: int) -> str:
    """The date's first day or month in the given year, or "" when no such day (29/2)."""
    if when.month is None:
        return str(year)
    if when.day is None:
        return f"{year:04d}-{when.month:02d}"
    try:
        return dt.date(year, when.month, when.day).isoformat()
    except ValueError:
        return ""


def year_from_text(sentences: Sequence[Sentence], when: DateMention, published: str) -> int | None:
    """The year of a full date in the text on the same day, or of a meeting or a dateline within
    NEARBY_DAYS ("Hội nghị quan chức cao cấp … ngày 11/11/2025", "Hà Nội, ngày 9/4/2023"); never
    against the publication date."""
    if when.month is None:
        return None
    if when.day is None:
        return month_named_in_full(sentences, when)
    best: tuple[int, int] | None = None
    for sentence in sentences:
        for other in find_dates(sentence.text):
            gap = days_apart(when, other)
            near = names_a_meeting(sentence.text) or is_dateline(sentence.text[: other.start])
            if gap is None or (gap > 0 and not near):
                continue
            if gap <= NEARBY_DAYS and (best is None or gap < best[0]):
                best = (gap, int(other.first[:4]) + years_after(sentence.text, other))
    if best is None:
        return None
    agrees = not published[:4].isdigit() or year_from_published(published, when) == best[1]
    return best[1] if agrees else None


def years_after(text: str, other: DateMention) -> int:
    """How many years after the full date the sentence places its own day: "đúng hai năm sau khi
    Thỏa thuận … được ký ngày 27/10/2022" -> 2; else 0."""
    found = _YEARS_SINCE.search(text, 0, other.start)
    return spelled_number(found.group(1)) if found else 0


def month_named_in_full(sentences: Sequence[Sentence], when: DateMention) -> int | None:
    """The year of the month (or of a day in it), where the text names that month with its year:
    "trong tháng 8" in a headline, "trong tháng 8/2024" in the body."""
    years = {
        int(other.first[:4])
        for sentence in sentences
        for other in find_dates(sentence.text)
        if other.kind == "date"
        and other.year_given
        and other.day is None
        and other.month == when.month
        and not _PAST_EVENT.search(sentence.text, 0, other.start)
    }
    return years.pop() if len(years) == 1 else None


def days_apart(when: DateMention, other: DateMention) -> int | None:
    """Days between a day/month and a full date or a few days' span put in its year ("24 đến
    28/6/2024" holds 26/6); None if other is no day."""
    if not is_calendar_date(other) or not len(other.first) == len(other.last) == len("YYYY-MM-DD"):
        return None
    try:
        moved = dt.date(int(other.first[:4]), when.month or 0, when.day or 0)
    except ValueError:
        return None
    first, last = dt.date.fromisoformat(other.first), dt.date.fromisoformat(other.last)
    return max((first - moved).days, (moved - last).days, 0)


def names_a_meeting(text: str) -> bool:
    """A sentence about a meeting, not about signing an instrument on some date."""
    keyword = typed_keyword(text)
    return keyword is not None and keyword.event_type != "signing"


def weekday_number(name: str) -> int:
    """Monday 0 to Sunday 6, as datetime counts them: "Thứ Ba" -> 1."""
    return WEEKDAY_NAMES.index(" ".join(name.lower().split()))


def year_from_weekday(
    sentences: Sequence[Sentence], where: Sentence, when: DateMention
) -> int | None:
    """The one year the text names in which the day/month falls on the weekday written before it:
    "Thứ Năm (22/8)" in an article naming 2024 (a Thursday then) and 2019 (not one)."""
    named = _WEEKDAY_BEFORE.search(where.text, 0, when.start)
    if named is None or when.month is None or when.day is None:
        return None
    weekday = weekday_number(named.group(1))
    years = {int(y) for s in sentences for y in _YEAR_NAMED.findall(s.text)}
    fitting = {
        y
        for y in years
        if (iso := with_year(when, y)) and dt.date.fromisoformat(iso).weekday() == weekday
    }
    return fitting.pop() if len(fitting) == 1 else None


def year_from_published(published: str, when: DateMention) -> int | None:
    """The year that puts the day/month on or shortly before the publication date."""
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", published or ""):
        return None
    parts = [int(p) for p in published.split("-")]
    pub_year = parts[0]
    if when.month is None or len(parts) == 1:
        return pub_year
    pub = dt.date(pub_year, parts[1], parts[2] if len(parts) == 3 else 28)
    latest = pub + dt.timedelta(days=FUTURE_DAYS if len(parts) == 3 else 3)
    for year in (pub_year + 1, pub_year, pub_year - 1):
        iso = with_year(when, year)
        if iso and first_day(iso) <= latest:
            return year
    return None


def first_day(iso: str) -> dt.date:
    """The first day an ISO date of any precision covers: "2025-09" -> 2025-09-01."""
    return dt.date.fromisoformat((iso + "-01-01")[:10] if len(iso) == 4 else (iso + "-01")[:10])


def year_from_review(sentence: Sentence, when: DateMention) -> int | None:
    """The year of a review held in December of the year it reviews ("Ngày 28/12, … tổng kết công
    tác năm 2023") or January to March of the year after."""
    match = _REVIEWED_YEAR.search(sentence.text)
    if match is None or when.month is None:
        return None
    return year_after_reviewed(int(match.group(1)), when.month)


def year_after_reviewed(reviewed: int, month: int) -> int | None:
    """The year of a month that looks back on a year: that year from October, the next to March."""
    if month >= REVIEW_LATE_MONTH:
        return reviewed
    return reviewed + 1 if month <= REVIEW_EARLY_MONTH else None


def year_in_sentence(sentence: Sentence, event_type: str) -> int | None:
    """The one year the sentence dating the event states ("Hội nghị … lần thứ 8 năm 2023 diễn ra
    ngày 14/5"), not a founding's or an earlier signing's ("thay thế các văn bản ký năm 2015"),
    nor a plan's ("sẽ thay thế … từ năm 2027", "kế hoạch hợp tác năm 2025"); not where the
    sentence names a review."""
    text = sentence.text
    if event_type == REVIEW_TYPE and is_review(text):
        return None
    return one_stated_year(text, find_dates(text))


def one_stated_year(text: str, dates: Sequence[DateMention]) -> int | None:
    """The one year the dates state, not a founding's or an earlier signing's, nor a plan's."""
    years = {
        d.first[:4]
        for d in dates
        if d.year_given
        and d.kind == "date"
        and not ORIGIN_YEAR.search(text, 0, d.start)
        and not PLAN_YEAR.search(text, 0, d.start)
        and not is_planned(text, d)
    }
    return int(years.pop()) if len(years) == 1 else None


def year_in_clause(sentence: Sentence, when: DateMention) -> int | None:
    """The one year stated in the clause that holds the day/month, no comma between: "Tại buổi
    họp báo đầu năm 2025 diễn ra ngày 10/1, …"; not a founding's, a plan's or another clause's."""
    text = sentence.text
    clause = [
        d
        for d in find_dates(text)
        if not CLAUSE_BREAK.search(text, min(d.end, when.end), max(d.start, when.start))
    ]
    return one_stated_year(text, clause)


def year_of_span(sentence: Sentence, when: DateMention) -> int | None:
    """The one year of a span of months in the sentence that holds the day/month: "Sáng 24/4, …
    tuyển chọn lao động … trong quý II năm 2024" -> 2024."""
    years = {int(d.first[:4]) for d in find_dates(sentence.text) if falls_in(when, d)}
    return years.pop() if len(years) == 1 else None


def year_glossed(sentences: Sequence[Sentence]) -> int | None:
    """The present year the text glosses: "năm ngoái (2023)", "năm vừa qua (2023)" -> 2024, "năm
    nay (2024)" -> 2024; None unless all agree."""
    years = {
        int(m.group(2) or m.group(3)) + (m.group(1).lower() != "nay")
        for s in sentences
        for m in _YEAR_GLOSSED.finditer(s.text)
    }
    return years.pop() if len(years) == 1 else None


def year_just_past(lead: Sequence[Sentence], when: DateMention) -> int | None:
    """The year after the one the lead calls just past, for a day in January to March ("hội nghị
    … diễn ra ngày 16/1, …, trong năm 2023 vừa qua, kiều hối …" -> 2024), or that year for one in
    October to December; None unless the lead names one such year."""
    years = {int(m.group(1)) for s in lead for m in _YEAR_JUST_PAST.finditer(s.text)}
    if when.month is None or len(years) != 1:
        return None
    return year_after_reviewed(years.pop(), when.month)


def year_restated(
    lead: Sequence[Sentence], where: Sentence, when: DateMention, event_type: str
) -> int | None:
    """The year of the lead sentence that restates a dateline's day ("Kon Tum 14.9 (TTXVN)",
    then "Ngày 14/9, … chủ trì Hội nghị … năm 2024")."""
    if when.day is None:
        return None
    for sentence in lead:
        if sentence is not where and any(
            (d.day, d.month) == (when.day, when.month) for d in find_dates(sentence.text)
        ):
            return year_in_sentence(sentence, event_type)
    return None


def is_review(text: str) -> bool:
    """Whether the text names a review, whose year is the year reviewed."""
    keyword = typed_keyword(text)
    return keyword is not None and keyword.event_type == REVIEW_TYPE


def year_in_frame(lead: Sequence[Sentence], where: Sentence, event_type: str) -> int | None:
    """The one year of the sentence after the event's date that names the event back and frames
    it ("Chuyến thăm diễn ra trong bối cảnh năm 2024 …"), not the year its frame was signed or
    founded."""
    after = sentences_after(lead, where, 1)
    if not after or not _EVENT_NAMED_BACK.match(after[0].text):
        return None
    if _SINCE_YEAR.search(after[0].text):
        return None  # "Khóa học nằm trong chương trình triển khai từ năm 2019": the frame's start
    return year_in_sentence(after[0], event_type)  # nor "chương trình ký năm 2019" (ORIGIN_YEAR)


def year_named_back(sentences: Sequence[Sentence], event_type: str) -> int | None:
    """The one year of the sentences anywhere in the text that name the event back and frame it
    ("Chuyến công tác nằm trong Kế hoạch hợp tác năm 2023 …" closing the article)."""
    years = {
        year_in_sentence(s, event_type)
        for s in sentences
        if _EVENT_NAMED_BACK.match(s.text) and not _SINCE_YEAR.search(s.text)
    } - {None}
    return years.pop() if len(years) == 1 else None


def year_launched(sentence: Sentence) -> int | None:
    """The first year of the period of a programme the sentence dating the event launches: "lễ
    khởi động chương trình … giai đoạn 2023 - 2026" -> 2023."""
    found = _LAUNCHED_PERIOD.search(sentence.text)
    return int(found.group(1)) if found else None


def year_from_school_year(lead: Sequence[Sentence], when: DateMention) -> int | None:
    """The year of a day in the one school year the lead names ("khai giảng năm học 2024-2025"
    on 9/10 -> 2024; a day in spring -> 2025)."""
    if when.month is None:
        return None
    years = {
        (int(m.group(1)), int(m.group(2)))
        for s in lead
        for m in _SCHOOL_YEAR.finditer(s.text)
        if int(m.group(2)) == int(m.group(1)) + 1
    }
    if len(years) != 1:
        return None
    first, second = years.pop()
    return first if when.month >= SCHOOL_YEAR_START else second


def year_from_url(url: str, when: DateMention) -> int | None:
    """The year of a dated URL folder ("/202309/") when the event's month is that month or at
    most NEARBY_MONTHS before it."""
    folder = URL_MONTH.search(url)
    if not folder or when.month is None:
        return None
    year, month = int(folder.group(1)), int(folder.group(2))
    return year if 0 <= month - when.month <= NEARBY_MONTHS else None


def year_from_statistics(sentences: Sequence[Sentence], when: DateMention) -> int | None:
    """The year of a year-to-date statistic ("8 tháng đầu năm 2023", "tính đến hết tháng 8/2024")
    when the event's month comes after the period, at most STATISTICS_LAG_MONTHS after: the article
    reports that autumn, or the next January ("31/1" after "tính đến cuối tháng 10/2023")."""
    if when.month is None:
        return None
    years = {
        int(d.last[:4]) + (when.month < int(d.last[5:]))  # "31/1" after "cuối tháng 10/2023"
        for sentence in sentences
        for d in find_dates(sentence.text)
        if (is_counted_period(d) or (d.kind == "until" and len(d.last) == len("YYYY-MM")))
        and 0 < (when.month - int(d.last[5:])) % 12 <= STATISTICS_LAG_MONTHS
    }
    return years.pop() if len(years) == 1 else None


def year_to_date(sentences: Sequence[Sentence]) -> int | None:
    """The one year the text counts "từ đầu năm 2024 đến nay" or "đợt thứ ba trong năm 2024" in,
    whose ASEAN chair it names ("Năm Chủ tịch ASEAN 2024") or a meeting's name carries ("Diễn
    đàn khu vực 2024"): the article's present."""
    years = {
        int(next(y for y in m.groups() if y))
        for s in sentences
        for m in _YEAR_TO_DATE.finditer(s.text)
        if not planned_at(s.text, m.start())
    }
    return years.pop() if len(years) == 1 else None


@cache
def relation_years() -> dict[str, int]:
    """Partner code -> year Vietnam established diplomatic relations (data/reference)."""
    years = {}
    for line, row in enumerate(read_table("relations"), start=2):
        try:
            years[row["code"].strip()] = int(row["year"])
        except (KeyError, ValueError, TypeError) as error:
            raise ReferenceDataError(
                f"data/reference/relations.csv row {line}: {error!r}; give a partner 'code' "
                "and a four-digit 'year'"
            ) from None
    return years


def year_from_anniversary(
    article: Article, partners: tuple[str, ...], mentions: Sequence[Mention]
) -> int | None:
    """'kỷ niệm 60 năm thiết lập quan hệ ngoại giao' with Laos (1962) -> 2022 (2021 when it
    comes "vào năm tới"), or the year any anniversary's bracket states ("kỷ niệm 15 năm kết
    nghĩa (2009-2024)"), if all agree."""
    years = set()
    for sentence in article.sentences:
        for match in _CELEBRATED.finditer(sentence.text):
            if (stated := stated_anniversary_year(sentence.text, match)) is not None:
                years.add(stated)
        for match in _ANNIVERSARY.finditer(sentence.text):
            before = sentence.text[max(0, match.start() - 12) : match.start()]
            if _NOT_ANNIVERSARY.search(before):
                continue
            stated = stated_anniversary_year(sentence.text, match)
            if stated is not None:
                years.add(stated)
                continue
            kinds = ("organisation", "framework") if match.group("membership") else ("country",)
            code = anniversary_partner(sentence, mentions, partners, kinds)
            if code is not None:
                coming = bool(_NEXT_YEAR.match(sentence.text, match.end()))
                years.add(relation_years()[code] + int(match.group(1)) - coming)
    return years.pop() if len(years) == 1 else None


def stated_anniversary_year(text: str, match: re.Match[str]) -> int | None:
    """The year an anniversary's own bracket states: "55 năm ... Việt Nam - Xê-nê-gan
    (1969-2024)" -> 2024, when the two years are that many years apart."""
    bracket = _YEARS_IN_BRACKETS.match(text, match.end())
    if bracket is None:
        return None
    first, last = int(bracket.group(1)), int(bracket.group(2))
    return last if last - first == int(match.group(1)) else None


def anniversary_partner(
    sentence: Sentence,
    mentions: Sequence[Mention],
    partners: tuple[str, ...],
    kinds: tuple[str, ...],
) -> str | None:
    """The one partner of those kinds with a known relations year named in the sentence, else
    the event's."""
    known = relation_years()
    named = {
        m.partner_code
        for m in mentions
        if sentence.start <= m.char_start < sentence.end
        and m.partner_code in known
        and m.partner_kind in kinds
    }
    if len(named) > 1:
        named &= set(partners)
    if not named:
        named = {p for p in partners if p in known and partner_catalogue()[p].kind in kinds}
    return named.pop() if len(named) == 1 else None


def year_from_bounds(sentences: Sequence[Sentence], when: DateMention) -> int | None:
    """A year pinned by statements on both sides: data "đến hết năm 2022" already known (the event
    is later) and a future "sẽ … năm 2023" (the event is not later); None unless they meet."""
    if when.month is None:
        return None
    dates_by_sentence = [(s, find_dates(s.text)) for s in sentences]
    lower = max(
        (d.last for _, dates in dates_by_sentence for d in dates if d.kind == "until" and d.last),
        default="",
    )
    upper = min(
        (
            int(d.first[:4])
            for s, dates in dates_by_sentence
            if _FUTURE.search(s.text)
            for d in dates
            if d.year_given and d.kind == "date"
        ),
        default=None,
    )
    if not lower or upper is None:
        return None
    return upper if first_year_after(when, lower) == upper else None


def year_time_into(sentences: Sequence[Sentence], when: DateMention) -> int | None:
    """The year a count of months or years after a start puts the day/month in: within a month
    of the months after a dated start ("có hiệu lực từ ngày 1/1/2024" … "sau gần 6 tháng thực
    hiện" -> 19/6 is in 2024), the year of a yearly plan some months into it ("sau gần 9 tháng
    thực hiện Kế hoạch hợp tác năm 2023" -> 2023), or the years after the first year of a period
    before the count ("Bản ghi nhớ … giai đoạn 2022-2027 sau 2 năm triển khai" -> 2024); None
    unless all agree."""
    if when.month is None:
        return None
    starts = [
        d
        for s in sentences
        for d in find_dates(s.text)
        if d.year_given and d.month is not None and _STARTED_FROM.search(s.text, 0, d.start)
    ]
    years = set()
    for sentence in sentences:
        for match in _TIME_INTO.finditer(sentence.text):
            count = spelled_number(match.group(1))
            plan = _PLAN_OF_YEAR.match(sentence.text, match.end())
            if match.group(2).lower() == "tháng" and plan and count and count < MONTHS_IN_YEAR:
                years.add(int(plan.group(1)))  # "sau gần 9 tháng thực hiện Kế hoạch … năm 2023"
            elif match.group(2).lower() == "tháng":
                years |= {y for start in starts if (y := months_later(start, count, when.month))}
            elif count:
                years |= {
                    int(d.first[:4]) + count
                    for d in find_dates(sentence.text)
                    if d.kind == "range" and len(d.first) == len("YYYY") and d.end <= match.start()
                }
    return years.pop() if len(years) == 1 else None


def months_later(start: DateMention, count: int, month: int) -> int | None:
    """The year whose month is within a month of count months after the start, if any."""
    later = int(start.first[:4]) * 12 + (start.month or 1) - 1 + count
    return next(
        (
            y
            for y in range(later // 12 - 1, later // 12 + 2)
            if abs(y * 12 + month - 1 - later) <= 1
        ),
        None,
    )


def year_after_done(sentences: Sequence[Sentence]) -> int | None:
    """The year after the latest whole year the text reports done ("Năm 2023, Nghệ An đã đưa
    312 lao động"), when the text names that next year too ("năm 2024 đặt mục tiêu …"), else
    None."""
    done = [int(m.group(1)) for s in sentences for m in _YEAR_DONE.finditer(s.text)]
    if not done:
        return None
    following = str(max(done) + 1)
    named = any(re.search(rf"(?<!\d){following}(?!\d)", s.text) for s in sentences)
    return int(following) if named else None


def year_after_recalled(sentences: Sequence[Sentence], when: DateMention) -> int | None:
    """The first year that puts the day/month after the latest month recalled with "hồi" ("tuyển
    chọn hồi tháng 8/2024" before a departure on 3/12 -> 2024), else None."""
    recalled = [
        d.last
        for s in sentences
        for d in find_dates(s.text)
        if d.year_given and d.month is not None and d.last and _RECALLED.search(s.text, 0, d.start)
    ]
    if when.month is None or not recalled:
        return None
    return first_year_after(when, max(recalled))


def first_year_after(when: DateMention, bound: str) -> int:
    """The first year, from the bound's on, that puts the day/month after the bound (an ISO day,
    month or year)."""
    year = int(bound[:4])
    while first_day(with_year(when, year) or f"{year}") <= last_day(bound):
        year += 1
    return year


def year_from_plan(sentences: Sequence[Sentence], when: DateMention) -> int | None:
    """The year of the planned dates ("Kỳ thi dự kiến tổ chức từ ngày 20/11/2024": a future word
    or a deadline ("Hạn nộp hồ sơ đến hết ngày 15/5/2024"), then the date in its clause, no
    document number between; "từ tháng 6/2024, hạn ngạch … sẽ được nâng": a month a future word
    follows; "trong năm 2024, … sẽ tiếp nhận": a year; no past or revised plan in the sentence)
    when the day/month falls at most PLAN_DAYS before them in that year, inside a planned span of
    months or in the planned year; None unless all agree."""
    if when.month is None or when.day is None:
        return None
    planned = {
        int((d.first or d.last)[:4])  # a deadline ("đến hết ngày 15/5/2024") has only its bound
        for s in sentences
        if not _PAST_PLAN.search(s.text)
        for d in find_dates(s.text)
        if d.year_given
        and is_plan_date(s.text, d)
        and (d.month is None or leads_up_to(when, d) or falls_in(when, d))
    }
    return planned.pop() if len(planned) == 1 else None


def is_plan_date(text: str, d: DateMention) -> bool:
    """Whether a future word governs the date: before a full date, or anywhere after a month."""
    if d.day is not None:
        return bool(_PLANNED_FOR.search(text[: d.start]))
    if d.month is None and not _WITHIN.search(text, 0, d.start):
        return False  # "trong |năm 2024, … sẽ tiếp nhận": a plan for the year; not "năm 2025"
    return bool(_FUTURE.search(text, d.end))


def leads_up_to(when: DateMention, planned: DateMention) -> bool:
    """Whether the day/month, put in the year of the planned date or deadline ("đến hết ngày
    15/5/2024"), is at most PLAN_DAYS before it."""
    if planned.kind not in ("date", "until") or not planned.last:
        return False
    moved = with_year(when, int(planned.last[:4]))
    gap = (first_day(planned.last) - first_day(moved)).days if moved else -1
    return 0 <= gap <= PLAN_DAYS


def falls_in(when: DateMention, planned: DateMention) -> bool:
    """Whether the day/month, put in the year of a planned span of months ("Trong quý I/2024, …
    dự kiến tổ chức 5 phiên"), falls inside it."""
    if planned.kind != "range" or len(planned.last) != len("YYYY-MM"):
        return False
    moved = with_year(when, int(planned.first[:4]))
    return bool(moved) and first_day(planned.first) <= first_day(moved) <= last_day(planned.last)


def last_day(iso: str) -> dt.date:
    """The last day an ISO date of any precision covers: "2022-12" -> 2022-12-31."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    month = parts[1] if len(parts) == 2 else 12
    return dt.date(parts[0], month, calendar.monthrange(parts[0], month)[1])
