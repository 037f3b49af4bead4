"""Partner roles: each name an article holds (names.py) as partner, host or mentioned.

find_mentions gives each occurrence a role from the cue words around it
(data/reference/partner_cues.csv). The countries of one coordinated list share its role; names
inside an institution's proper name, and countries in a scam warning, where other nations' workers
go, in a trial or a tragedy, a cited study, a company's origin in brackets, or a third country only
sharing experience, are only mentioned; a meeting's venue named in the lead is a host, not the
article's counterpart. Whose workers are counted matters: other sources of an employer's workers
("lao động thời vụ từ Philippines"), another nation's workers and where they work ("Lào có 300.000
lao động tại Thái Lan"), fellow beneficiaries beside Vietnam ("cho 4 nước …"), a model consulted
("kinh nghiệm của X"), a third country presenting its own practice, names in a quoted programme
title and the countries of a crime report (headline) are only mentioned; a bracketed country takes
its city's cue ("ở Bangkok (Thái Lan)": a venue); a line "- X: N lao động" makes X a destination.
A cue governs its own clause only: a sentence splits at ";", at a comma a clause opener follows
("..., trong khi Lào ...") and after a verb of speech; a name with no cue of its own takes the
nearest cue of its clause, not of the sentence. A clause that compares ("..., tương tự thỏa thuận
đã ký với Qatar", "Khác với X, ...") holds only mentions; a member of a multilateral meeting met
bilaterally ("làm việc song phương với ... Indonesia") is a partner.
An article frame, decided once from the headline and lead (article_frame), holds the main
counterparts, whether the article reports a crime and whether it counts foreign workers in Vietnam
(then their countries of origin are partners). A country that is not a main counterpart is only
mentioned in a background clause ("Trước đó, ...", "trước đây", "đã từng", "Dù ...", after
"tham khảo") and in a clause about another country's own flow ("Thái Lan tiếp nhận lao động từ
Myanmar"); it is a partner on positive evidence: paired with Vietnam, an actor the event's cue
reaches through a title ("gặp song phương với Bộ trưởng ... Indonesia"), a counted destination or
origin, or the place citizens are rescued from ("giải cứu khỏi ... ở Myanmar"). A year before the
event (publication, else the latest year of the lead) opens a background clause ("từ năm 2018 doanh
nghiệp đã đưa ...", "Năm 2019, ..." two years or more before); so does a ranking group for the
names after it ("nằm trong nhóm các nước ... cùng với Ấn Độ"). A country chairing or hosting a
forum ("Philippines sẽ đảm nhận vai trò chủ trì") is a host, and the venue of a multilateral
meeting in the lead is no main counterpart. A cooperation cue reaches a country through the
title or the capitalised authority it ends ("phối hợp với Công an ... Quảng Tây (Trung Quốc)").
A share of a count of workers or cases is a count too ("Nhật Bản chiếm 31%", "Hàn Quốc (27%),
Nhật Bản và Đài Loan", "phần còn lại chủ yếu tại Hàn Quốc"): partners. The names "cùng với" lists
after "Việt Nam là một trong N nước" are its fellow members, an observer ("với tư cách quan sát
viên") is only mentioned, and a country met through its ministry ("làm việc với Bộ Lao động ...
Chile") is no third country sharing experience.
settle_roles promotes a mention whose code is the origin or destination of a persons figure in the
same sentence, or is listed with it ("312 người sang Hungary, Romania và Ba Lan"), to partner,
unless that context rules it out.
Offsets assume an NFC body, as corpus.py writes it.
"""

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from vnlabour.corpus import Article, Sentence
from vnlabour.extract.dates import find_dates
from vnlabour.extract.figures import words_of
from vnlabour.extract.lexicon import (
    FROM_BEFORE,
    PARTNER_KINDS,
    SEPARATOR,
    Cue,
    alternation,
    cue_words,
    find_cues,
    fold,
    name_key,
    phrase_matcher,
    words_before,
)
from vnlabour.extract.names import (
    CLAUSE_BREAK,
    HOME,
    OPENING,
    PAIR_DASH,
    QUOTED,
    Hit,
    at_sentence_start,
    mask,
    named_hits,
    partner_kind,
    person_given_names,
    quoted_titles,
    starts_vietnamese_place,
    told_by_foreigner,
    vietnamese_people,
    vietnamese_places,
)
from vnlabour.extract.numbers import (
    counted_number,
    counting_words,
    fraction_words,
    number_qualifiers,
    scale_qualifiers,
    scale_values,
    word_alternation,
)
from vnlabour.extract.rows import Figure, Mention
from vnlabour.reference import (
    agency_countries,
    partner_catalogue,
    partner_names,
    read_table,
    spelt_out_agencies,
)

PROGRAMME_COUNTRIES = re.compile(  # "9 quốc đảo Thái Bình Dương như |", "9 quốc gia, trong đó có |"
    r"(?<!\w)(?:\d+|nhiều|các|một số)\s+(?:quốc gia|nước|quốc đảo|đảo quốc)(?:\s+\w+){0,4}?\s*,?\s*"
    r"(?:trong đó có|như|gồm)\s*$"
)
# "được EU| thử nghiệm |với": a verb of one or two words between a counterpart and its cue
COUNTERPART_ACTS = re.compile(r"(?:\s+(?:đã|từng|cũng))*(?:\s+[^\W\d]+){1,2}\s+")
FUNDING_AFTER = re.compile(  # "với |(sự) kinh phí (tài trợ) của", "với nguồn vốn từ"
    fold(r"\s*(?:sự\s+)?(?:kinh phí|tài trợ|nguồn vốn|vốn)(?:\s+tài trợ)?\s+(?:của|từ)(?!\w)")
)
PLAN_GOES_ON = re.compile(  # "đặt mục tiêu …, |đồng thời mở rộng sang", "đặt mục tiêu …;| đẩy mạnh"
    r"(?<=;)|\s*đồng\s+thời(?!\w)"
)
PLANNED = re.compile(  # "Năm tới, Sở |dự kiến| phối hợp … sang New Zealand": a plan or a proposal
    rf"(?<!\w)(?:sẽ|{fold('dự kiến')}|có\s+{fold('kế hoạch')}|{fold('đề nghị')}|{fold('kiến nghị')}"
    rf"|{fold('đề xuất')})(?!\w)"
)
PROSPECT_PREDICATE = re.compile(  # between a list and its prospect: "# |được xác định là các|
    # thị trường tiềm năng", "# |đang được| nghiên cứu", "# |đang| có nhu cầu", "# |được đánh
    # giá| có tiềm năng"
    r"\s+(?:(?:[^\s#,;.:]+\s+){0,3}?là\s+(?:các\s+|những\s+)?"
    rf"|(?:(?:đang|sẽ|cũng|còn)\s+)*được\s+(?:{fold('đánh giá')}\s+)?|đang\s+)"
)
# "|Ngoài ra còn có các thị trường …", "(Ngoài Hàn Quốc,) các thị trường khác như": a sentence
MOST = r"(?:phần\s+(?:lớn|đông)|đa\s+số|hầu\s+hết)(?:\s+(?:vẫn|đều|đang))?"  # "phần lớn vẫn"
FEW = r"(?:một\s+)?số\s+ít"  # "Một số ít làm việc cho …": a small share of those counted
NEXT_IS = rf"{fold('tiếp')}\s+(?:theo|{fold('đến')}|đó)\s+là"  # "Tiếp theo là Hàn Quốc"
ADDING = re.compile(  # adding to the count before it, or sharing it out: "Số còn lại đi …"
    rf"(?:(?:tuy\s+nhiên|trong\s+đó)\s*,?\s*)?"  # "Tuy nhiên, phần lớn vẫn sang …"
    rf"(?:(?P<adding>{fold('ngoài')}\s+ra|bên\s+cạnh\s+đó)|số(?:\s+ít)?\s+còn\s+lại"
    rf"|{MOST}\s+(?:đi|sang)|{NEXT_IS}"
    rf"|(?:nhiều|{fold('đông')})\s+{fold('nhất')}\s+là"  # "Trong đó, nhiều nhất là Romania"
    rf"|các\s+(?:nước|{fold('thị trường')})\s+{fold('tiếp nhận')}\s+nhiều\s+nhất"
    rf"|(?:các\s+)?{fold('thị trường')}\s+(?:chính|{fold('chủ yếu')})\s+là"
    rf"|(?:{fold('ngoài')}\s+[^,;]+,\s+)?các\s+{fold('thị trường')}\s+khác)(?!\w)"
)
PROSPECT_OBJECT = re.compile(
    rf"(?<!\w)(?:sang|như|với|tại|của|khuôn\s+khổ|{fold('thị trường')}|{fold('đăng cai')}"
    rf"|{fold('tham gia')})(?!\w)"
)  # what a prospect names: "mở rộng việc đưa lao động đi làm điều dưỡng tại |Đức", "tham gia"
CLAUSE_COMMA = re.compile(r",(?!\s*#)")  # a comma that no masked name of a list follows
OWNER_GAP_WORDS = 4  # "Bình Dương[ hiện có khoảng 21.300 ]lao động nước ngoài"
PLACED_SENTENCES = 2  # sentences with "sang Đức" that make an article about the country
PERSON_PLACE = re.compile(r"(?:^|[,:\"“”]|(?<!\w)như)\s*$")  # where a person's name may stand
COUNTED_PEOPLE = re.compile(  # "1.260 người", "Số còn lại" (of a count before)
    r"\d[\d.,]*\s+(?:(?:nghìn|ngàn|triệu)\s+)?người(?!\w)|(?<!\w)(?:số|phần)\s+còn\s+lại(?!\w)",
    re.IGNORECASE,
)
WORKERS_FROM = re.compile(  # "lao động (, chủ yếu) (đến) từ (các đảo quốc Thái Bình Dương như)"
    r"(?:\s*,?\s+(?:trong\s+đó\s+)?(?:chủ yếu|phần lớn|đa số|hầu hết))?(?:\s+đến)?\s+từ"
    r"(?:\s+(?:nhiều|các|một số)\s+(?:nước|quốc gia|đảo quốc|quốc đảo)(?:\s+[^\s,]+){0,5}?"
    r"\s*,?\s+như)?(?:\s+cả)?\s*$"
)
RANK_VERB = r"(?:dẫn\s+đầu|đứng\s+đầu|(?:đứng|xếp|nhiều|đông)\s+thứ\s+\w+)"  # "đứng thứ hai"
RANK_ASPECT = r"(?:\s+về(?:\s+[^\s\d#,;]+){1,5}?)?"  # "dẫn đầu| về số người nhập cảnh| với …"
RANKED_BEFORE = re.compile(  # masked: "dẫn đầu với", "tiếp theo là # với", "đứng thứ hai với"
    rf"(?:(?:là|dẫn\s+đầu|đứng\s+đầu)\s+#+|{RANK_VERB})\s*$"
)
PEERS_LIKE = re.compile(r"\s+(?:các|những)\s+(?:nước|quốc\s+gia)(?:\s+khác)?\s*,?\s+như\s*")
# "lớn nhất, chỉ sau |Trung Quốc", "đứng thứ hai sau thị trường |Nhật Bản"
BEHIND_BEFORE = re.compile(
    rf"(?:(?<!\w)chỉ\s+(?:đứng\s+)?|{RANK_VERB}\s+)sau\s+(?:thị\s+trường\s+)?$"
)
DESTINATION_BEFORE = re.compile(r"(?<!\w)(?:đi|sang|tại|ở)\s+$")  # "số lao động đi |Romania"
DESTINATION_COUNT = re.compile(  # "đi Romania| là 212 người"
    rf"\s+(?:là|có|đạt)\s+[\d.,]+\s+(?:người|{fold('lao động')})"
)
ABOVE_BEFORE = re.compile(r",\s*(?:(?:xếp|đứng)\s+)?trên\s+$")  # "chiếm hơn 50% …, trên |Indonesia"
RELATIVE_AFTER = re.compile(r"\s+mà(?!\w)")  # a relative clause describes what is compared
FUNDING_ASPECTS = r"(?:(?:sẽ|đã|cũng|tiếp\s+tục)\s+)*"  # "sẽ |viện trợ", "đã cũng |tài trợ"
GOVERNMENT_FUNDS = re.compile(  # "Chính phủ Hàn Quốc| thông qua Quỹ … sẽ viện trợ"
    rf"(?:\s+[^\s;.:]+){{0,14}}?\s+{FUNDING_ASPECTS}(?P<verb>{fold('viện trợ')}|tài\s+trợ)(?!\w)"
)
FUNDED_BY = re.compile(  # "dự án do #| tài trợ", "được| tài trợ": another funds it, or no one
    rf"(?:#|(?<!\w)được)\s+{FUNDING_ASPECTS}$"
)
FUNDS_AFTER = re.compile(  # "Canada| tài trợ", "Quỹ … do Vương quốc Anh và Thụy Sĩ| đóng góp",
    # "IOM|, đơn vị tài trợ cho sự kiện"
    r"\s+(?:cũng\s+|đã\s+)?(?:(?:đồng\s+)?tài\s+trợ|đóng\s+góp)(?!\w)"
    rf"|\s*,\s*(?:{fold('đơn vị')}|nhà|tổ\s+chức)\s+tài\s+trợ(?!\w)"
)
COUNTERPART_SIDE = re.compile(r"(?<!\w)(?:phía|nước)\s+bạn(?!\w)")  # the partner's own side
RIVALS_BEFORE = re.compile(  # "Các nước cạnh tranh trực tiếp với Việt Nam … là |Bangladesh",
    r"(?:cạnh\s+tranh|đối\s+thủ)[^.;:,]*(?<!\w)là\s+(?:(?:các\s+)?(?:nước|quốc\s+gia)\s+)?$"
    r"|cạnh\s+tranh[^.;:,]*(?<!\w)giữa\s+việt\s+nam\s+(?:với|và)\s+$"  # "giữa Việt Nam với |"
)
SHIPOWNER_BEFORE = re.compile(r"(?<!\w)chủ\s+tàu\s+$")  # "cho các chủ tàu |Hy Lạp"
SUBJECT_OPENING = re.compile(  # "|Trong khi đó, |Philippines cung cấp …": the sentence's subject
    rf"\W*(?:(?:trong\s+khi\s+{fold('đó')}|{fold('riêng')}|còn)\s*,?\s*)?"
)
OWNERS_OPENING = re.compile(r"\W*(?:(?:các|những)\s+)?chủ\s+tàu\s+")  # "|Các chủ tàu |Nhật Bản"
DESTINATION_RANKED = re.compile(fold(r"điểm đến|thị trường"))  # "Nhật Bản là điểm đến lớn nhất"
RELATION_BEFORE = re.compile(
    rf"(?<!\w)(?:{fold('quan hệ')}|{fold('hợp tác')}|{fold('xung đột')})\s+$"
)
BETWEEN_VIETNAM_AND = re.compile(  # "giữa Bộ Công an Việt Nam và Bộ Nội vụ |Campuchia"
    r"(?<!\w)giữa\s[^,;:.]*?(?<!\w)việt\s+nam\s(?:[^,;:.]*\s)?(?:và|với)\s[^,;:.]*$"
)
OF_BEFORE = re.compile(r"\s+(?:của|đến\s+từ)\s+")  # "quan sát viên| của |ILO", "đến từ"
ARENA_BEFORE = re.compile(rf"(?<!\w)(?:trong\s+{fold('khuôn khổ')}|trong|tại)\s+$")
MARKET_NOUN = re.compile(r"thị\s+trường")  # a destination cue that is the compared noun
MARKET_BEFORE = re.compile(r"(?<!\w)thị\s+trường\s+$")  # "thị trường |Nhật Bản có 80.120 lao động"
STAYS_HOW = rf"(?:\s+(?:bất\s+hợp\s+pháp|{fold('quá hạn')}|trái\s+phép))"  # "cư trú| quá hạn"
OWN_RANK = re.compile(  # "lao động Việt Nam| có 41.870 người, đứng thứ hai", "| lần đầu dẫn đầu",
    # "| đang làm việc tại vùng lãnh thổ này, nhiều thứ hai"
    rf"(?:\s+có\s+[\d.,]+\s+(?:người|lao\s+động)\s*,)?"
    rf"(?:\s+(?:đang\s+)?(?:làm\s+việc|sinh\s+sống|cư\s+trú{STAYS_HOW}?)\s+(?:tại|ở)[^\d#,;]{{0,40}},)?"
    rf"(?:\s+(?:{fold('lần đầu')}(?:\s+tiên)?|vẫn|tiếp\s+tục|hiện))?\s*{RANK_VERB}"
)
RIVALRY = re.compile(r"cạnh\s+tranh(?:\s+trực\s+tiếp)?")  # "cạnh tranh về giá |với"
RIVALRY_WORDS = 3  # "cạnh tranh[ về giá ]với": how far a rivalry reaches its preposition
RANK_CUE = re.compile(r"(?:lớn|đứng|xếp)\s+thứ")  # "lớn thứ ba": a rank, as a cue
SENDER_NOUN = (
    r"(?:nước|quốc\s+gia)\s+(?:phái\s+cử|cung\s+ứng|gửi\s+lao\s+động)(?!\w)"  # "nước phái cử"
)
SENDERS = re.compile(rf"(?<!\w){SENDER_NOUN}")  # peers
SENDERS_APPOSITION = re.compile(  # "Philippines và Indonesia| – hai nước phái cử lớn nhất –"
    rf"\s*[–—,-]\s*(?:(?:hai|ba|các|những)\s+)?{SENDER_NOUN}"
)
SENDERS_AMONG = re.compile(  # "16 nước phái cử lao động sang Hàn Quốc …, trong đó |Nepal"
    rf"(?<!\w){SENDER_NOUN}[^.;:]*,\s*trong\s+{fold('đó')}\s+(?:có\s+)?$"
)
BOTH_SIDES_WORKERS = re.compile(  # "lao động (của cả) hai nước": the workers of both sides
    rf"(?<!\w){fold('lao động')}\s+(?:của\s+)?(?:cả\s+)?hai\s+(?:nước|bên)(?!\w)"
)
BODIES_BEFORE = re.compile(  # "nhiều cơ quan |Liên hợp quốc như", "ba cơ quan |Liên Hợp Quốc gồm"
    r"(?<!\w)(?:các|nhiều|một\s+số|\d+|hai|ba|bốn|năm)\s+"
    rf"(?:{fold('tổ chức')}|cơ\s+quan)(?:\s+(?:thuộc|của))?\s+$"
)
AS_AFTER = re.compile(r"\s+(?:như|gồm|bao\s+gồm)(?!\w)")
SCENE_OPENING = re.compile(rf"[{OPENING}]*(?:Ở|Tại)\s+")  # "|Ở |Philippines, chính phủ …"
BESIDES_FIRST = re.compile(rf"\W*{fold('ngoài')}\s+#+\s*,")  # "Ngoài Việt Nam, …"
CITED_BEFORE = re.compile(r"(?<!\w)theo\s+$")  # "theo |Ngân hàng Thế giới, Việt Nam …"
AS_BEFORE = re.compile(r"(?<!\w)như\s+$")  # "đầy đủ như |Nepal đã làm"
DONE_AFTER = re.compile(r"\s+(?:đã|từng)\s+làm(?!\w)")  # "như Nepal| đã làm"
# "Đại sứ quán Việt Nam tại |Malaysia": where a Vietnamese mission sits
COVERED_BEFORE = re.compile(r"(?<!\w)kiêm\s+nhiệm\s*$")  # "(kiêm nhiệm |Serbia)"
ALSO_COVERS = re.compile(r"\s*[(,]\s*kiêm\s+nhiệm(?!\w)", re.IGNORECASE)  # "(kiêm nhiệm Serbia)"
MISSION_BEFORE = re.compile(
    rf"(?:{fold('đại sứ quán')}|{fold('lãnh sự quán')}|{fold('ban quản lý lao động')}"
    rf"|{fold('cơ quan đại diện')})\s+(?:{fold('việt nam')}|{fold('nước ta')})\s+(?:tại|ở)\s+$"
)
SEAT_BEFORE = re.compile(  # an organisation's seat: "Ban Thư ký APEC tại |Singapore", a company's:
    rf"(?<!\w)(?:(?:{fold('ban thư ký')}|{fold('văn phòng')}|{fold('trụ sở')})\s+[^\s,;]+"
    rf"|có\s+{fold('trụ sở')}(?:\s+chính)?)\s+(?:tại|ở)\s+$"  # "chủ tàu … có trụ sở ở |Hy Lạp"
)
SHIP_NAME_BEFORE = re.compile(  # a ship's name: "tàu chở hàng Ocean |Togo", "tàu MV Sea |Korea"
    r"(?<!\w)[Tt]àu(?:\s+(?:(?:chở\s+)?(?:hàng(?:\s+rời|\s+khô)?|dầu|hóa\s+chất|khách|container)"
    r"|cá|biển))?\s+[\"“]?(?:[A-Z][\w-]*\s+){0,3}$"
)  # or in quotes: 'tàu hàng "|Jordan Pearl"'
BODY_NAME_BEFORE = re.compile(  # "Trường Đại học Hàng hải |Việt Nam đã ký": a body's name
    r"(?<!\w)(?:Trường|Học\s+viện|Hội|Hiệp\s+hội|Liên\s+đoàn|Viện|Công\s+ty)"
    r"(?:\s+[^\s,;:.]+){0,5}\s+$"
)
NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # "tàu hàng Jordan| Star 8": a ship's name
FLAG_BEFORE = re.compile(rf"(?<!\w)(?:mang|treo)\s+{fold('cờ')}\s+$")  # "tàu mang cờ |Panama"
NUMBER_AFTER = re.compile(r"\s*\d{4,}")  # an acronym that names an identifier: "số IMO 9234561"
AT_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+$")  # places, not a pair: "tại |Việt Nam và Lào"
RANKED_AS = re.compile(  # "Indonesia| vẫn là nguồn cung lớn nhất với khoảng 710.000 người",
    # "Việt Nam| là nguồn cung lớn thứ hai với khoảng 9.400 người"
    r"\s+(?:vẫn\s+|tiếp\s+tục\s+|hiện\s+)?là\s+[^\d,;.:]{1,40}?\s+(?:nhất|đầu|thứ\s+\w+)\s+với"
    r"\s+(?:\S+\s+)?\d"
)
MOST_WORKERS_AS = re.compile(  # "Việt Nam| là quốc gia có nhiều lao động nhất tại Nhật Bản"
    r"\s+(?:vẫn\s+|tiếp\s+tục\s+|hiện\s+)?là\s+(?:quốc\s+gia|nước)\s+có\s+[^\d,;.:#]{0,30}?"
    r"(?:nhiều|đông)(?:\s+[^\s\d,;.:#]+){0,3}?\s+nhất(?!\w)"
)
SUPPLIER_AFTER = re.compile(  # "Thái Lan| là nguồn cung lớn nhất cho ngành này": an origin
    r"\s+(?:(?:vẫn|hiện|từng|lâu\s+nay)\s+)*là\s+(?:(?:một\s+)?(?:trong\s+)?(?:các|những)\s+)?"
    r"nguồn\s+cung(?!\w)"
)
RANK_OPENING = re.compile(
    rf"(?:tiếp\s+(?:theo|đến|sau|đó)|kế\s+(?:đến|tiếp)|{RANK_VERB})\s+là\s+$"
)  # of a ranking
EXPANDS_BEFORE = re.compile(  # "mở rộng (tuyển) |sang": a destination extends its recruiting
    r"(?<!\w)mở\s+rộng(?:\s+[^\s,;.:]+){0,3}\s+$"
)
RANKS_NEXT = re.compile(r"\s+(?:lần\s+lượt\s+)?(?:xếp|đứng)\s+(?:sau|tiếp\s+theo)\s*[.;,]\s*")
RANKED_BESIDE = re.compile(  # "…, chỉ sau |Nepal", "trên |Campuchia", "vượt |Indonesia"
    r"(?:(?<!\w)(?:chỉ\s+)?(?:(?:đứng|xếp)\s+)?(?:sau|trên)|(?<!\w)vượt(?:\s+(?:qua|xa))?)\s+$"
)
LEGAL_ROUTE = re.compile(rf"(?<!\w)(?:{fold('chỉ được')}|theo\s+{fold('quy định')})(?!\w)")
CLAIMED = re.compile(  # "tự giới thiệu là đối tác của …", "mạo danh", "giả danh"
    rf"(?<!\w)(?:{fold('tự')}\s+(?:{fold('giới thiệu')}|{fold('xưng')})|{fold('mạo danh')}"
    rf"|{fold('giả danh')})(?!\w)"
)
NUMBER_BEFORE = re.compile(r"\d\s+$")  # "2.150 |lao động nước ngoài"
QUANTITY_NEXT = re.compile(r"\s+(?:[^\W\d]+\s+)?\d")  # "với (khoảng) 58.000 lao động"
OUTSIDE_BEFORE = re.compile(  # "nước ngoài |EU", "nước khác trong khối |EU", "thấp nhất |EU",
    # "hai nước phái cử lớn của |ASEAN":
    rf"(?:\w\s+(?:đến\s+từ\s+)?{fold('ngoài')}|(?:nước|quốc\s+gia)"
    rf"(?:\s+(?!{fold('ngoài')}|với|và)[^\s\d,;#]+){{0,6}}?\s+(?:trong|thuộc|của)"
    r"|\w\s+nhất(?:\s+(?:trong|ở|tại))?)(?:\s+(?:khối|khu\s+vực))?\s+$"
)  # a region, not the bloc
MOST_OF_THEM = re.compile(  # "|Phần lớn (số này) |làm việc tại Đài Loan": those counted
    rf"\W*(?:{MOST}(?:\s+số\s+(?:này|đó))?|{FEW})\s+"
)
WORK_ABROAD = (  # "3.412 người| đi làm việc ở nước ngoài"
    rf"\s+(?:\S+\s+){{0,2}}?đi\s+(?:làm\s+việc|lao\s+động)\s+(?:ở|tại)\s+nước\s+{fold('ngoài')}"
)
OTHER_PEOPLE = re.compile(  # "…, |nhiều người| cùng phòng đã bị bán sang": others than the rescued
    r",\s*(?:trong\s+đó\s+)?(?:có|nhiều|một\s+số|những)\s+người(?!\w)"
)
GOES_TO_WORK = re.compile(  # or other markets: "Ngoài Hàn Quốc, các thị trường khác như |Nhật Bản"
    rf"(?<!\w)(?:(?:đi|sang)\s+làm\s+việc|làm\s+việc\s+(?:tại|ở)|{fold('thị trường')})(?!\w)"
)
BESIDES = re.compile(rf"(?<!\w)(?:{fold('ngoài')}|bên\s+cạnh)\s+$")  # "Ngoài |Đức, …"
MARKER_KINDS = ("background", "aside", "model", "ranking", "prospect")  # govern what follows
MENTIONED_KINDS = ("mentioned", "trade", "geography")  # no cooperation (nor an observer)
NO_PARTNER_KINDS = (*MENTIONED_KINDS, "model")  # the nearest cue of a clause that rules one out
LOCAL_PRIORITY = {  # a lower rank governs first; the nearer of two equal ones
    "host": 0, "generic": 1, "mentioned": 2, "trade": 2, "geography": 2, "model": 2, "partner": 3,
    "destination": 3,
}  # fmt: skip
ROLE_RANK = ("partner", "host", "mentioned")  # the strongest role of a list's items first
COUNT_CLAUSE_BREAK = re.compile(r"[;:()\"“”!?]|,(?!\d)")  # "1,3 triệu" is one number
LIST_GAP = re.compile(  # "A, B và C", "Viêng Chăn (Lào)", "A hay B"
    r"[\s,…/()]*(?:(?:và|hoặc|hay)[\s,…/()]*)?"
)
MORE_EXAMPLES = re.compile(  # "| và một số nước châu Âu như |": the list goes on by examples
    r"\s*,?\s*và\s+(?:một\s+số|các|nhiều|những)\s+(?:nước|quốc\s+gia|thị\s+trường)"
    r"(?:\s+[^\W\d]+){0,3}?\s+như\s*"
)
PLACE_NAME_WORDS = 3  # "ở Thành phố Hồ Chí Minh", "tại Bangkok (Thái Lan)"
COMPANY_OWNER = re.compile(r"(?:\(|\s+của)\s*$")  # "Linglong (Trung Quốc)", "Emirates của UAE"
CAPITAL_OF = re.compile(
    r"\(\s*(?:100\s*%\s*)?vốn(?:\s+đầu\s+tư)?$", re.IGNORECASE
)  # "(vốn |Hàn Quốc)"
COMPANY_NAME_WORDS = 3  # "tập đoàn Linglong (Trung Quốc)", "công ty Samsung Electronics (Hàn Quốc)"
SCARE_QUOTE_WORDS = 5  # "đối tác Nhật Bản" in a scam report: a claim, not a partner
LOCAL_CUE_WORDS = 5  # a cue governs a name at most this many words before it
CLAUSE_WORDS = 20  # how far "chưa có ... nào" reaches
ANY_BEFORE = re.compile(r"\s*(?:bất\s+kỳ\s+|bất\s+cứ\s+)?")  # "chưa ký |bất kỳ |thỏa thuận nào"
NEGATED_INSTRUMENTS = {fold(w) for w in ("chương trình", "thỏa thuận", "hiệp định", "cơ chế")}
NONE_OF_END = re.compile(r"(?:\s+[^\W\d]+){0,2}?\s+nào(?!\w)")  # "chương trình| hợp tác nào"
COMPARED_WORDS = 8  # "so với tỷ lệ đỗ của ứng viên Indonesia": a comparison's longer reach
CUE_AFTER_WORDS = 2  # or this many words after it ("Nhật Bản là đối tác thương mại")
MEETING_METRICS = ("delegates", "representatives")  # people at a meeting: no flow of workers
LEAD_SENTENCES = 3  # the headline and lead, where an article names its main counterpart
QUALIFIER = re.compile(r"\s+[a-zà-ỹđ]+$")  # a lower-case word: "lao động thời vụ từ"
OWNED_COUNT = r"(?<!\w)có(?:\s+\S+){0,2}?\s+\d[\d.,]*(?:\s+\S+)?\s+"  # "có khoảng 1,3 triệu "
WORLD_SHARE = re.compile(  # "chiếm phần lớn thị trường … toàn cầu", "cung cấp 25% … thế giới"
    rf"(?<!\w)(?:chiếm|{fold('cung cấp')})(?:\s+[^\s,;]+){{1,8}}?\s+"
    rf"(?:{fold('toàn cầu')}|thế\s+giới)(?!\w)"
)
OWN_OR_WORLD_SHARE = re.compile(rf"{OWNED_COUNT}|{WORLD_SHARE.pattern}")  # "có hơn 400.000 "
BROUGHT_HOME = re.compile(  # "đã phải hồi hương hơn 3.700 công dân", "đưa về hơn 2.000 công dân"
    rf"(?<!\w)(?:{fold('hồi hương')}|{fold('sơ tán')}|đưa\s+về(?!\s+{fold('nước')}))"
    r"(?:\s+\S+){0,2}?\s+"
    rf"(?:\d[\d.,]*|hàng\s+\S+)(?:\s+\S+)?\s+(?:{fold('công dân')}|{fold('lao động')})(?!\w)"
)
PEER_CUE_WORDS = 3  # "cho các nước", numbers left out
WORKER_COUNT = r"\s*:\s*(?:\S+\s+)?\d[\d.,]*\s+(?:\S+\s+)?"  # ": khoảng 17.815 "
MAX_QUALIFIERS = 6  # "nhân lực y tế từ", "lao động giúp việc gia đình nước ngoài, chủ yếu từ"
ARRIVAL_WORDS = ("về", "sang", "đến", "tại", "ở", "vào")  # "lao động sang |Việt Nam": not its own
WORKPLACE = re.compile(  # "| trong các nhà máy của X", "| đang làm việc tại Ả Rập Xê Út"
    r"(?:\s+(?:đang\s+)?(?:làm\s+việc|sinh\s+sống|cư\s+trú))?\s+(?:trong|tại|ở)\s+[^,;:()\"“”]{1,60}$"
)
RECRUITED_FROM = re.compile(  # "tuyển dụng từ |Ấn Độ", "đang tuyển đồng thời tại |Philippines",
    # "tuyển ứng viên từ |Philippines", "tuyển học viên từ |Tunisia"
    r"(?<!\w)(?:(?:tuyển dụng|tuyển|tiếp nhận)(?:\s+(?:đồng thời|cùng lúc|song song))?"
    r"|tuyển(?:\s+dụng)?\s+(?:ứng\s+viên|học\s+viên|điều\s+dưỡng(?:\s+viên)?))"
    r"\s+(?:từ|tại)\s*$"
)
MET_BEFORE = re.compile(rf"(?<!\w)(?:với|gặp|tiếp|{fold('làm việc')})\s+$")  # "gặp với |đại diện"
SPOKESMAN = fold("đại diện")  # "đại diện Bộ Lao động Indonesia chia sẻ": speaks, meets nobody
JOINED = re.compile(r"[^#,;:]*\svà\s+[^#,;:]*")  # "Cục| Cảnh sát hình sự và Tổng cục … |Campuchia"
RANK_ALONE = re.compile(rf"\s+(?:{fold('đứng')}|{fold('xếp')})\s+thứ\s+[^\W\d]+\s*(?:[.;]|$)")
ASIDE_BEFORE = re.compile(r"\s*,\s*cùng\s+với\s+$")  # "Việt Nam|, cùng với |Thái Lan, …, là"
OUTBOUND = re.compile(r"(?:\s+mới)?\s+(?:sang|đi|ra)(?!\w)")  # "… lao động| mới sang| các nước EU"
RETURN = re.compile(r"\s+(?:trở\s+)?về(?!\w)", re.IGNORECASE)  # "lao động từ Nhật Bản về nước"
PLACE_WORDS = r"(?:tại|ở|sang|đi|đến|về|từ|với|cho|và|của)"  # not a company's trade
HARD_BREAK = re.compile(r"[;!?]")  # always ends a clause (a colon may open a list)
ELLIPSIS_BEFORE = re.compile(r"(?:[,;]|\s(?:hay|còn|và))\s*$")  # "…, Indonesia khoảng 3 triệu"
COMMA = re.compile(r",(?!\d)")  # ends a clause when a clause opener follows it
REMAINDER = re.compile(  # "số ít còn lại", "4% còn lại"
    r"(?:(?<!\w)(?:số|phần)(?:\s+ít)?|(?<![\w,.])\d[\d,.]*\s*%)\s+còn\s+lại(?!\w)"
)
CREW_SHARE = re.compile(  # a share of the seafarers counted before: "Một số ít làm việc cho"
    rf"{REMAINDER.pattern}|(?<!\w)(?:{MOST}|{FEW}|{NEXT_IS})(?!\w)"
)
REMAINDER_BEFORE = re.compile(  # "…, số còn lại (chủ yếu) sang |Đài Loan": the count's rest
    REMAINDER.pattern + r"\s+(?:[^\s#]+\s+){0,3}$"
)
# the rest of a count goes there: "số còn lại đi các nước và vùng lãnh thổ như |Romania", "số còn
# lại làm việc tại #, # và một số nước như |Đức", "Số còn lại đi # theo Chương trình EPS, đi
# |Rumani", "một số ít đi |Nhật Bản"
REMAINDER_GOES = re.compile(
    rf"(?:{REMAINDER.pattern}|(?<!\w)một\s+số\s+ít)\s+(?:chủ\s+yếu\s+)?"
    r"(?:(?:đi|sang)\s[^;:]*?,\s+)?"
    rf"(?:đi|sang|đến(?!\s+từ)|tới|làm\s+việc\s+(?:tại|ở|cho)|{fold('phân bổ')}\s+(?:ở|tại)"
    r"|(?:làm\s+việc\s+)?trên\s+(?:các\s+)?tàu)"  # "số còn lại trên tàu cá |Nhật Bản"
    r"(?:\s+#+(?:\s*,\s*#+)*\s+và)?"
    r"(?:\s+(?:[^\s#,;.:]+|(?<=nước\s)#+)){0,9}?\s+$"  # "các nước |EU| như": a grouping
)
MOSTLY_AT = (
    rf",\s*(?:{fold('chủ yếu')}|{MOST}|nhiều\s+nhất)\s+(?:là|ở|tại|sang)\s+$"  # ", chủ yếu là "
)
REMAINDER_IN_REGION = re.compile(  # "số còn lại ở châu Âu, chủ yếu là |Cộng hòa Séc"
    REMAINDER.pattern + r"\s+(?:đi|sang|ở|tại|làm\s+việc\s+(?:tại|ở))\s[^;:#,]*" + MOSTLY_AT
)
MAINLY_IN_REGION = re.compile(  # "sang các nước #, chủ yếu là |Đức": where most of them went
    r"(?<!\w)(?:sang|đi|đến|tới)\s+(?:các\s+)?(?:nước|quốc\s+gia|thị\s+trường|khu\s+vực)"
    r"\s[^;:,]{1,30}" + MOSTLY_AT
)
REMAINING_MARKETS = re.compile(  # "Các thị trường còn lại như |Singapore, Hungary chỉ tiếp nhận"
    rf"(?<!\w)(?:{fold('thị trường')}|nước)\s+còn\s+lại(?:\s+(?:như|là|gồm))?\s+$"
)
FRAMEWORK_MATE = re.compile(r"^\s*(?:\([^)]*\)|(?:,|\svà)\s+[A-Z][A-Z\d-]+(?!\w))")  # " và RCEP"
LONG_AGO = re.compile(  # "từng", "trước đây", "tài trợ trước đó", "trong giai đoạn trước", a
    # closed period ("Từ năm 2013 đến 2017, … do GIZ thực hiện"); not an opening "Trước đó, …"
    rf"(?<!\w)(?:{fold('từng')}|{fold('trước đây')}|(?<=\w\s){fold('trước đó')}"
    rf"|{fold('giai đoạn trước')}|(?:từ\s+năm\s+(?:19|20)\d\d\s+(?:đến|tới)\s+(?:năm\s+)?"
    rf"|{fold('giai đoạn')}\s+(?:19|20)\d\d\s*[-–]\s*)(?:19|20)\d\d)(?!\w)"
)
ONCE = (fold("từng"), fold("đã từng"))  # opening a sentence with no subject before them
FORMERLY = tuple(fold(w) for w in ("trước đây", "trước đó", "giai đoạn trước"))  # after a donor
SAME_TRIP = re.compile(  # "Trước đó|, ngày 21/11, đoàn đã làm việc với …": the trip's day before
    rf"\s*,\s*(?:(?:{fold('sáng')}|{fold('chiều')}|{fold('tối')}|trưa)\s+)?(?:{fold('ngày')}\s+)?"
    r"\d{1,2}/\d{1,2}(?![/\d])"
)
RECENT_YEARS = tuple(fold(w) for w in ("những năm qua", "nhiều năm qua"))  # after a donor only
UNREALISED = re.compile(  # "… đến nay vẫn |chưa thực hiện được|": a plan not carried out
    rf"(?<!\w)(?:chưa|không)\s+(?:{fold('thực hiện')}|{fold('triển khai')})\s+được(?!\w)"
)
PLAN_SUBJECT = re.compile(  # a sentence whose subject is a plan: "|Việc| mở lại thị trường …"
    rf"\W*(?:{fold('việc')}|{fold('dự kiến')}|{fold('kế hoạch')}|{fold('mục tiêu')})(?!\w)"
)
CAUSE = re.compile(r"(?<!\w)(?:do|vì|bởi)(?!\w)")  # "…, sau thời gian tạm dừng do tỷ lệ …"
HANDED_BACK_FOR = re.compile(  # "…(Trung Quốc)| trao trả vì …": an authority hands people back
    rf"\)?\s+(?:{fold('trao trả')}|{fold('bàn giao')})\s+(?:vì|do|với\s+lý\s+do|sau\s+khi)(?!\w)"
)
REMAINDER_IS = re.compile(  # "…; còn lại là |Singapore", "…, phần lớn còn lại đi |Đài Loan"
    rf"[,;]\s*(?:(?:phần\s+lớn|đa\s+số)\s+)?còn\s+lại\s+(?:(?:{fold('chủ yếu')}|phần\s+lớn)\s+)?"
    r"(?:là|đi|sang|ở|tại|làm\s+việc\s+(?:tại|ở))\s+$"
)
THIS_COUNTRY = re.compile(r"(?<!\w)(?:nước|quốc\s+gia|vùng\s+lãnh\s+thổ)\s+này(?!\w)")
REFERENCE_GAP_WORDS = 8  # "nước này[ đã cấp thị thực cho 19.750 ]lao động nước ngoài"
ASIDE_END = re.compile(r",(?!\d)|:")  # "Dù quy mô còn nhỏ nhưng tăng nhanh: Romania …"
APPOSITION = re.compile(r"^\s*,\s*(?:nước|quốc gia|nền kinh tế)(?!\w)")  # "Kuwait, nước …"
DASH_ASIDE = re.compile(
    r"^\s*[-–]\s*[^-–,;]{1,60}?\s[-–]"
)  # "Peru| - chủ nhà APEC năm nay -| đăng cai"

MEMBER_WORDS = 6  # "với 14 nền kinh tế thành viên |APEC": the words a member phrase may span
MEMBERS_LISTED = re.compile(  # "thành viên APEC|, trong đó có |Chile", "ASEAN| (gồm |Lào",
    r"\s*[,(:]?\s*(?:(?:"  # "Tiến trình Colombo|, gồm các nước gửi lao động ở châu Á như |"
    + "|".join(fold(word) for word in ("trong đó có", "bao gồm", "gồm"))
    + rf")(?:\s+(?:các|những)\s+(?:{fold('nước')}|{fold('quốc gia')})"
    + r"(?:\s+[^\s,;]+){0,6}?\s+như)?"
    + "|"
    + "|".join(fold(word) for word in ("như", "là"))
    + r")?\s*"
)
MEMBERS_COUNTED = re.compile(  # "18 nước thành viên, trong đó có |": a framework's, unnamed
    rf"(?<!\w)\d+\s+(?:{fold('nước')}|{fold('quốc gia')}|{fold('nền kinh tế')})\s+thành\s+viên"
    + MEMBERS_LISTED.pattern
    + "$"
)
LIST_CLOSED = re.compile(r",[^,]*(?<!\w)(?:và|hoặc|hay)\s+#")  # "#, # hay #": one list, closed
MASKED_LIST = re.compile(r"\s*#[#\s,…/()-]*(?:(?:và|hoặc|hay)\s+#[#\s,…/()-]*)*")  # masked names
PLACE_GAP = r"\s*(?:\S+\s+){0,4}?"  # "lao động nước ngoài[ đang làm việc ]tại Việt Nam"
PERIOD_START = re.compile(r"(?<!\w)từ(?:\s+\S+){0,3}\s+$")  # "từ đầu năm |đến nay"
THIS_PERIOD = re.compile(  # "Về hợp tác quốc tế, trong năm |Việt Nam đã ký …": this year's deals
    r"(?<!\w)(?:trong\s+năm|năm\s+(?:nay|qua))(?:\s+(?:nay|qua))?\s*,?\s*$"
)
NATIONALITY = re.compile(r"(?<!\w)quốc\s+tịch(?!\w)")  # "người mang quốc tịch Lào"
MIGRANTS_OF = re.compile(
    rf"(?<!\w)(?:lao\s+động|người)\s+di\s+cư\s+{fold('của')}\s+$"
)  # "… của |Lào"
NATIONALITY_BEFORE = re.compile(NATIONALITY.pattern + r"\s*$")  # "người mang quốc tịch |Lào"
COMING_FROM = re.compile(r"(?<!\w)đến\s+từ\s*$")  # "người đến từ |Fiji": others' workers
OF_WHICH = re.compile(r"(?<!\w)trong\s+đó(?!\w)")  # "Trong đó, Malaysia có …": a share
HAS_PEOPLE = re.compile(
    r"\s+(?:hiện\s+)?(?:đang\s+)?có\s+(?:hơn|khoảng|gần|trên)?\s*\d"
)  # "… có 400 …"
PEOPLE_BEFORE = re.compile(rf"(?<!\w)(?:người|{fold('công dân')})\s*$")  # "hàng trăm người |Kenya"
MOVE_ON = re.compile(r"\s*(?:sang|đến|tới)\s+#")  # "từ Đài Loan |sang Séc": the move's end
FLOW_WORD_CHARS = 16  # how far back a flow_end word ("từ", "sang", "làm việc tại") is sought
CLOSED_PERIOD = re.compile(  # "giai đoạn 2017-2021": a period over before the event's year
    rf"(?<!\w){fold('giai đoạn')}\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)(?!\d)"
)
IN_FORCE_SINCE = re.compile(  # "tuyển chọn … |theo thỏa thuận ký| năm 2020 giữa …": still in force
    rf"(?<!\w)theo\s+(?:các\s+)?(?:{fold('thỏa thuận')}|{fold('hiệp định')}|bản\s+ghi\s+nhớ)"
    r"[^,;:]*?\s(?:được\s+)?ký(?:\s+kết)?\s+$"
)
PAST_YEAR = re.compile(  # "từ năm 2018", not "từ năm 2018 đến nay" (up to now) nor a compared
    r"(?<!so với )(?<!gấp đôi )(?<! lần )"  # year: "gấp 1,6 lần năm 2023", "so với năm 2022"
    r"(?<!\w)(?:(từ|trong)\s+(?:những\s+)?)?năm\s+((?:19|20)\d\d)(?!\d)(?!\s+(?:đến|tới)\s+nay)"
)
ORDINAL = re.compile(  # "thứ tư" after a noun, not a weekday ("sáng thứ Tư", "Thứ Ba tuần sau")
    r"(?<=\w )(?<!sáng )(?<!chiều )(?<!tối )(?<!trưa )(?<!ngày )(?<!vào )(?<!hôm )"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})(?!\w)(?!\s+tuần)"
)
AFTER = re.compile(  # "chỉ sau #", "sau (các) Hiệp định (đã ký) với #": the names that came first
    r"(?<!\w)(?:chỉ\s+)?sau(?=\s+(?:#|(?:(?:các|những)\s+)?(?:hiệp\s+định|thỏa\s+thuận|bản\s+ghi\s+nhớ)"
    r"(?:\s+đã\s+ký(?:\s+kết)?)?\s+với\s+#))"
)
SOURCE_TITLE_WORDS = 8  # "Theo báo cáo| Triển vọng Di cư quốc tế |của OECD"
EARLIER_THAN = re.compile(r"^\W*trước\s+#[#\s]*,\s*")  # "Trước Panama, |Việt Nam ký với Liberia"
PAST_YEARS = 2  # "năm 2022" in an article of 2024 is background, "năm 2023" may be its period
ATTENDED_BY = " của"  # "có sự tham dự của đại diện Nhật Bản … với tư cách": the names attend
ATTENDED_BY_OTHERS = re.compile(r"(?<!\w)sự\s+tham\s+(?:dự|gia)\s+của(?!\w)")  # "với |sự tham
# dự của| 10 nước thành viên … với tư cách quan sát viên": the others attend, in that capacity
ATTENDS = re.compile(r"(?<!\w)(?:tham\s+(?:dự|gia)|dự)(?!\w)")  # "dự", "tham dự", "tham gia"
OBSERVERS_NAMED = r"cùng\s+(?:các\s+)?(?:nước|quốc\s+gia)\s+quan\s+sát\s+viên(?:\s+như)?"
MEMBERS_NAMED = (  # ", trong đó các đoàn", ", cùng các nước quan sát viên như": members named
    rf"(?:\s*,\s*(?:trong\s+đó(?:\s+có)?|gồm|bao\s+gồm|{OBSERVERS_NAMED})"
    rf"(?:\s+(?:các\s+)?(?:{fold('đoàn')}|đại\s+diện))?"
    rf"(?:\s+\d+\s+{fold('nước')}(?:\s+[^\W\d]+){{0,4}}\s+{fold('như')})?)?"
)  # ", trong đó có 6 nước tiếp nhận vùng Vịnh như": some of them named
ATTENDANCE = re.compile(  # "với sự tham dự của đại biểu đến từ 15 nền kinh tế thành viên như |"
    rf"(?:{ATTENDED_BY_OTHERS.pattern}|(?<!\w)đại\s+biểu(?:\s+[^\s,;:()]+){{0,6}}?\s+(?:đến\s+)?từ)"
    rf"(?:\s+[^\s,;:()]+){{0,12}}?{MEMBERS_NAMED}\s*$"
)  # "…, trong đó có |Chile", "…, trong đó các đoàn |Kuwait": the members it names
# "sự tham gia của …, nhiều cơ quan Liên hợp quốc như |ILO", "sự tham dự của đại diện một số đại
# sứ quán và tổ chức quốc tế như |UNODC"
ORGANISATIONS_ATTENDING = re.compile(
    rf"{ATTENDED_BY_OTHERS.pattern}[^;:]*?(?:các|nhiều|một\s+số)\s+"
    rf"(?:[^,;:]{{0,30}}?\s)?(?:{fold('tổ chức')}|cơ\s+quan)[^,;:]{{0,40}}?\s+như\s+$"
)
ATTENDEES_FROM = re.compile(  # "… có các chuyên gia đến từ |Hoa Kỳ": where attendees come from
    r"(?<!\w)(?:chuyên\s+gia|đại\s+biểu|đại\s+diện|đoàn)\s+(?:đến\s+)?từ\s+$"
)
ATTENDEES_JOINING = (
    re.compile(  # "sự tham gia của đại diện 12 nước …, cùng các chuyên gia của |ILO"
        rf"{ATTENDED_BY_OTHERS.pattern}[^;:]*?(?:,\s*|\s)cùng(?:\s+với)?\s+(?:(?:các|nhiều)\s+)?"
        r"(?:chuyên\s+gia|đại\s+diện|đại\s+biểu)(?:\s+(?:của|(?:đến\s+)?từ))?\s*$"
        rf"|{ATTENDED_BY_OTHERS.pattern}[^;:]*?\s(?:và|cùng)\s+đại\s+diện(?:\s+[^\W\d]+){{1,6}}?"
        r"\s+của\s*$"  # "…, doanh nghiệp và đại diện cơ quan quản lý lao động của |Đức, Ba Lan"
    )
)  # "…, cùng đại diện |ILO"
ATTENDANCE_OPENING = re.compile(r"[^\w#]*tham\s+dự(?!\w)")  # "Tham dự diễn đàn có …"
GUESTS_OPENING = re.compile(  # "(Tham) dự hội nghị (còn) có …": all it names are guests
    r"\W*(?:tham\s+)?dự(?!\s+(?:án|kiến|thảo|báo|toán|định|tính|trữ|phòng)(?!\w))"
    r"(?:\s+[^\W\d]+){0,3}\s+(?:còn\s+)?có(?!\w)"
)
ATTENDING = re.compile(  # "ILO, IOM |cũng tham dự", "… (IOM) |tham gia trực tuyến", "Oman |tại Hà
    # Nội tham dự"
    r"\s*(?:(?:tại|ở)\s+[^\W\d_]\w*(?:\s+[^\W\d_]\w*){0,2}\s+)?(?:cũng\s+)?(?:đã\s+)?"
    r"tham\s+(?:dự(?!\w)|gia\s+trực\s+tuyến)"
)
SIDE_SPEAKING = re.compile(  # "Phía Lào cũng |cho biết", "Đại diện phía bạn |cho biết"
    r"\W*(?:đại\s+diện\s+)?phía\s+(?:bạn|(?P<name>\S.*?))(?:\s+cũng)?\s*"
)
OTHERS_REPRESENTATIVE = re.compile(r"\W*(?:các\s+)?(?:đại\s+diện|đoàn)(?:\s+của)?\s+(?=#)")
SIDE_BEFORE = re.compile(r"(?<!\w)[Pp]hía\s+$")  # "|phía |Séc hiện chưa mở lại": a side's act
PHRASE_BREAK = re.compile(r"[,;]")  # where an observer's phrase ends
VENUE_BEFORE = re.compile(  # "tại Hiroshima, |Nhật Bản"
    r"(?<!\w)(?:tại|ở)\s+(?P<city>\w+(?:\s+\w+){0,3})\s*,\s*$"
)
INVITES = re.compile(r"(?<!\w)(?<!được )mời(?!\w)")  # "Nhật Bản mời Việt Nam dự … với tư cách"
NOT_A_GUEST = re.compile(rf"(?<!\w)(?:tại|ở)(?!\w)|{INVITES.pattern}")  # a venue; an inviter
OWNER_WORDS = re.compile(r"(?<!\w)(?:của|trụ\s+sở|đăng\s+ký)(?!\w)")  # "của", "có trụ sở tại"
SERVED = re.compile(r"(?<!\w)cho\s+(?:(?:các|một|những)\s+)?$")  # "cho (các) |doanh nghiệp"
TIME_BEFORE = re.compile(r"(?<!\w)(?:sau|trước|trong|mỗi|từ)\s+$")  # "sau khi": a time, no clause
APPOSITIVE_PHRASE = re.compile(  # "Thái Lan, quốc gia đang tiếp nhận … láng giềng, giới thiệu",
    r"^\s*([,–])\s*(?:quốc gia|nước|nền kinh tế)(?!\w)[^,;:–]*\1"  # "Philippines – nước … –"
)
CAPACITY = ("với tư cách", "với vai trò")  # "Malaysia, với tư cách nước chủ nhà, …": apposition
FRONTED_ROLE = re.compile(r"\W*(?:(?:với|là)\s+)?(?:vai\s+trò\s+)?$")  # "Với vai trò nước chủ nhà,"
FRONTED_ROLE_HOLDER = re.compile(  # "Với vai trò nước chủ nhà|, Bộ Lao động … |Lào"
    rf"\s*,\s*(?:(?:bộ|{fold('đoàn')}|chính\s+phủ)(?!\w)[^,.;:]{{0,60}}?\s)?"
)
ARTICLES_REMEMBERED = 8  # articles whose names and frame are kept for settle_roles
MANY_ATTENDING = 3  # "sự tham dự của đại biểu đến từ Campuchia, Lào, Philippines": multilateral
OWN_SIDE = re.compile(rf"(?<!\w)(?<!{fold('người')} )ta(?!\w)")  # "lao động của ta", not "người ta"
MANY_COUNTRIES = re.compile(  # "với |khoảng 14 quốc gia", "với |hàng loạt nước châu Âu"
    rf"(?:(?:{fold('khoảng')}|hơn|gần|trên|các|nhiều|hàng\s+loạt|một\s+số|\d+)\s+)+"
    r"(?:nước|quốc\s+gia)(?!\w)"
)
TITLE_GAP_WORDS = 8  # "Malaysia và Bộ trưởng Lao động di cư Philippines": one list of ministers


@dataclass(frozen=True)
class Frame:
    """What the article is about, decided once from its headline and lead: its main counterparts,
    whether it reports a crime, whether it counts foreign workers coming to Vietnam (inbound),
    and the countries abroad whose own foreign workers it counts ("Nhật Bản có 2 triệu lao động
    nước ngoài"), where the other nations it ranks are those workers' nationalities."""

    counterparts: frozenset[str] = frozenset()
    crime: bool = False
    inbound: bool = False
    abroad: frozenset[str] = frozenset()
    year: int | None = None  # of the event: years before it are background
    senders_ranked: bool = False  # of a sentence: Vietnam's rank among senders comes next
    rivals: frozenset[str] = frozenset()  # compared with Vietnam in the headline: no counterparts


@dataclass(frozen=True)
class Context:
    """Hits of a sentence its context rules out as partners: always, or unless a cue makes them
    a destination of workers; those of a phrase that compares, whatever their cue; those of a
    background clause or of a clause about another country's own flows (unless a counterpart);
    and the countries of origin of foreign workers coming to Vietnam (partners)."""

    ruled_out: frozenset[int]
    unless_destination: frozenset[int]
    compared: frozenset[int] = frozenset()
    background: frozenset[int] = frozenset()
    other_flows: frozenset[int] = frozenset()
    origins: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Judgement:
    role: str
    firm: bool = False  # context rules a partner out; a counted figure does not make it one
    weak: bool = False  # a partner by a place word only: a bystander where named in passing
    peer: bool = False  # compared with Vietnam or a fellow sender: elsewhere it needs Vietnam


def find_mentions(article: Article) -> list[Mention]:
    """Every partner the article names (Vietnam excepted), with its role, sorted by char_start."""
    hits_by_sentence, article_wide = article_reading(article)
    frames = sentence_frames(article)
    judged = [
        sentence_judgements(sentence.text, hits, frame)
        for sentence, hits, frame in zip(article.sentences, hits_by_sentence, frames, strict=True)
    ]
    passing = passing_names(hits_by_sentence, judged, article_wide)
    compared = compared_codes(hits_by_sentence, judged) | article_wide.rivals
    peers = compared - article_wide.counterparts
    mentions = []
    for n, (sentence, hits) in enumerate(zip(article.sentences, hits_by_sentence, strict=True)):
        frame, judgements = frames[n], judged[n]
        later = bool(hits) and n >= LEAD_SENTENCES and announces_later_event(sentence.text)
        added = (
            adds_to_a_count(article.sentences[n - 1].text, sentence.text) if hits and n else None
        )
        shared_out = added is not None and shares_out(
            added, article.sentences[n - 1].text, hits_by_sentence[n - 1], frame.inbound
        )
        ranked_next = (
            bool(hits)
            and n > 0
            and ranks_next_alone(sentence.text, hits)
            and heads_counted().search(fold(article.sentences[n - 1].text)) is not None
        )  # "Nhật Bản … 640.000 lượt người. Hàn Quốc, Malaysia và Trung Quốc lần lượt đứng sau."
        for i, (hit, judgement) in enumerate(zip(hits, judgements, strict=True)):
            shared = shared_out and unruled(judgement)  # "Số còn lại đi các nước như Đức, Séc"
            role = "partner" if ranked_next or shared else judgement.role
            if frame.crime and role == "partner" and is_crime_scene(sentence.text, hits, i):
                role = "mentioned"  # the scene of a scam the article reports
            if later and hit.code not in frame.counterparts:
                role = "mentioned"  # "Hội nghị … với Trung Quốc sẽ diễn ra vào ngày mai": a teaser
            if (
                hit.code in passing
                and not (
                    added or counts_workers(sentence.text, hit) or has_share(sentence.text, hits, i)
                )
                and is_bystander(sentence.text, hits, i, judgement, frame)
            ):
                role = "mentioned"  # named in passing: a bystander, unless a figure counts it
            if role == "partner" and hit.code in peers and not names_vietnam(sentence.text, hits):
                role = "mentioned"  # "Philippines yêu cầu …" where Philippines is compared
            if partner_kind(hit.code) == "agreement":
                role = "mentioned"  # "tận dụng Hiệp định EVFTA": an instrument, never a partner
            if hit.code != HOME:
                mentions.append(to_mention(article, sentence, hit, role))
    return sorted(mentions, key=lambda m: (m.char_start, m.char_end, m.partner_code))


def unruled(judgement: Judgement) -> bool:
    """Whether a name is a bystander for want of a cue only, no context ruling it out."""
    return judgement.role == "mentioned" and not judgement.firm


def compared_codes(hits_by_sentence: list[list[Hit]], judged: list[list[Judgement]]) -> set[str]:
    """The countries an article compares with Vietnam, or names as its fellow senders or models."""
    return {
        hit.code
        for hits, judgements in zip(hits_by_sentence, judged, strict=True)
        for hit, judgement in zip(hits, judgements, strict=True)
        if judgement.peer
    }


def names_vietnam(text: str, hits: list[Hit]) -> bool:
    """Whether the sentence names Vietnam, its people or "ta" (we)."""
    return any(hit.code == HOME for hit in hits) or bool(
        OWN_SIDE.search(fold(text)) or vietnamese_people(text)
    )


def shares_out(added: re.Match[str], before: str, hits: list[Hit], inbound: bool) -> bool:
    """Whether a sentence adding to the count before it shares out Vietnam's workers, not adds
    ("Ngoài ra, …") nor lists the other senders after Vietnam ("… nước phái cử lớn nhất sang
    Nhật Bản. Tiếp theo là Indonesia")."""
    return not added["adding"] and not ranks_vietnam_as_sender(before, hits, inbound)


def adds_to_a_count(before: str, text: str) -> re.Match[str] | None:
    """How the sentence opens by adding to the head count of the sentence before it, or by
    sharing it out: "… Hàn Quốc 15.230 lao động. Ngoài ra còn có các thị trường Trung Quốc",
    "Số còn lại đi …", "Các nước tiếp nhận nhiều nhất là Đức, Ba Lan", "Tiếp theo là Hàn Quốc"."""
    return ADDING.match(fold(text)) if heads_counted().search(fold(before)) else None


def is_bystander(text: str, hits: list[Hit], i: int, judgement: Judgement, frame: Frame) -> bool:
    """Whether a name judged a partner has nothing that makes it one where it is named in
    passing: a plan names it, unless it funds or is a country's agency ("Sở dự kiến … đưa lao
    động sang New Zealand", "dự kiến phối hợp với ILO"); or, for a country, a place word only
    ("chọn sang Đài Loan"), or no act of Vietnam's side, of Vietnam's workers or of its own
    representative ("EU đã triển khai … với một số đối tác như Ai Cập")."""
    if judgement.weak:
        return True
    if judgement.role != "partner" or funds(text, hits, i):
        return False  # "UN Women sẽ khởi động dự án …, do Chính phủ Canada tài trợ": its donor
    if hits[i].code in agency_countries():
        return False  # "HRD Korea sẽ tổ chức kỳ thi": a country's agency acts for it
    if PLANNED.search(fold(text), 0, hits[i].start):
        return True  # "Sở dự kiến … sang New Zealand", "sẽ phối hợp với ILO nghiên cứu"
    if partner_kind(hits[i].code) != "country":
        return False
    if takes_the_rest(text, hits, list_heads(text, hits)[i]):
        return False  # "Hơn 700 học viên sang Nhật Bản, số còn lại sang Đức": a counted destination
    cues = sentence_reading(text, tuple(hits), *reading_frame(frame))[0]
    return not vietnam_acts(text, hits, i, cues)


def funds(text: str, hits: list[Hit], i: int) -> bool:
    """Whether the list of hit i funds what the sentence reports: "… phối hợp với Cơ quan Phát
    triển quốc tế Canada tài trợ cho diễn đàn" (a donor, named once)."""
    return bool(FUNDS_AFTER.match(fold(text), hits[list_end(text, hits, i)].end))


def announces_later_event(text: str) -> bool:
    """Whether the sentence announces a meeting still to come ("… sẽ diễn ra vào ngày mai")."""
    return bool(phrase_matcher("later_event").search(fold(text)))


@lru_cache(maxsize=ARTICLES_REMEMBERED)
def article_reading(article: Article) -> tuple[list[list[Hit]], Frame]:
    """The names of each sentence, less institutions' acronyms and given names, and the article's
    frame: remembered, as settle_roles needs them again after the figures."""
    hits = without_given_names(article.sentences, own_acronyms(article.sentences))
    return hits, article_frame(article, hits)


def passing_names(
    hits_by_sentence: list[list[Hit]], judged: list[list[Judgement]], frame: Frame
) -> set[str]:
    """The countries an article with counterparts names in passing: in one sentence only, after
    its lead, besides the sentences whose context rules them out ("nhà máy của một tập đoàn Đài
    Loan")."""
    if not frame.counterparts:
        return set()  # no counterpart to set a bystander beside
    open_codes = [
        {h.code for h, j in zip(hits, judgements, strict=True) if not j.firm}
        for hits, judgements in zip(hits_by_sentence, judged, strict=True)
    ]
    sentences_naming = Counter(code for codes in open_codes for code in codes)
    in_lead = set().union(*open_codes[:LEAD_SENTENCES])
    return {
        code
        for code, n in sentences_naming.items()
        if n == 1 and code not in in_lead and code not in frame.counterparts
    }


@lru_cache(maxsize=ARTICLES_REMEMBERED)
def sentence_frames(article: Article) -> list[Frame]:
    """The article's frame for each sentence; a sentence right after one that ranks Vietnam among
    the senders of another country's foreign workers ranks those workers' other nationalities
    ("… đứng đầu trong các nước phái cử. Indonesia đứng thứ hai với 45.000 người"): the
    countries that sentence names join the frame's countries abroad."""
    hits_by_sentence, frame = article_reading(article)
    frames = [frame]
    for sentence, hits in zip(article.sentences, hits_by_sentence, strict=True):
        if not ranks_vietnam_as_sender(sentence.text, hits, frame.inbound):
            frames.append(frame)
            continue
        named = {hit.code for hit in hits if hit.code != HOME} - firmly_in_frame(
            sentence.text, frame
        ) or frame.counterparts  # not "vượt Trung Quốc": a nationality ranked, no place
        frames.append(replace(frame, abroad=frame.abroad | named))
    frames = frames[: len(article.sentences)]  # the frame after the last sentence frames none
    return [
        replace(fr, senders_ranked=True) if ranked_next else fr
        for fr, ranked_next in zip(
            frames, senders_rank_next(article.sentences, hits_by_sentence), strict=True
        )
    ]


def senders_rank_next(
    sentences: tuple[Sentence, ...], hits_by_sentence: list[list[Hit]]
) -> list[bool]:
    """For each sentence, whether it names no Vietnam and the next one opens with Vietnam's own
    rank or head count, which closes its ranking of senders: "Ấn Độ dẫn đầu với 1,1 triệu
    người, tiếp theo là Bangladesh. Việt Nam đứng thứ sáu với khoảng 143.000 người"."""
    opens = [
        bool(hits) and not folded[: hits[0].start].strip(OPENING) and ranks_home(folded, hits[0])
        for folded, hits in zip((fold(s.text) for s in sentences), hits_by_sentence, strict=True)
    ]
    following = [*opens[1:], False] if opens else []
    return [
        ranked_next
        and not any(hit.code == HOME for hit in hits)
        and not DESTINATION_RANKED.search(fold(sentence.text))
        for sentence, hits, ranked_next in zip(sentences, hits_by_sentence, following, strict=True)
    ]


def ranks_vietnam_as_sender(text: str, hits: list[Hit], inbound: bool) -> bool:
    """Whether the sentence ranks Vietnam's workers among another country's foreign workers, or
    Vietnam among the countries sending them ("nhiều thứ hai trong 16 nước phái cử"); never in
    an article about foreign workers coming to Vietnam, whose origins are partners."""
    senders = any(hit.code == HOME for hit in hits) and bool(SENDERS.search(fold(text)))
    return not inbound and (senders or ranks_own_workers(text, hits, inbound))


def counts_workers(text: str, hit: Hit) -> bool:
    """Whether the sentence counts people ("khoảng 1.300 người", "hơn 1.400 lao động") or says
    workers work where the name is ("Số còn lại làm việc tại Đức")."""
    return bool(heads_counted().search(fold(text))) or works_there(text, hit.start)


@cache
def heads_counted() -> re.Pattern[str]:
    """A number, at most two words, then "người" or a worker noun; not "năm 2025, Bộ Lao động"."""
    worker = phrase_matcher("worker").pattern
    return re.compile(rf"\d(?:[.,]?\d)*(?:\s+\S+){{0,2}}?\s+(?:người|{worker})")


@cache
def counted_abroad() -> re.Pattern[str]:
    """A head count of workers who went abroad: "3.412 người đi làm việc ở nước ngoài"."""
    return re.compile(heads_counted().pattern + WORK_ABROAD)


def own_acronyms(sentences: tuple[Sentence, ...]) -> list[list[Hit]]:
    """The names of each sentence; an acronym that an institution's own name has taken in the
    article ("Trung tâm Hỗ trợ người lao động di cư (MRC)") names that institution wherever it
    comes back ("9 MRC")."""
    taken: set[str] = set()
    named = []
    for sentence in sentences:
        hits = [
            replace(hit, in_name=True) if hit.style == "acronym" and hit.code in taken else hit
            for hit in named_hits(sentence.text)
        ]
        taken |= {hit.code for hit in hits if names_own_acronym(sentence.text, hit)}
        named.append(hits)
    return named


def without_given_names(
    sentences: tuple[Sentence, ...], hits_by_sentence: list[list[Hit]]
) -> list[list[Hit]]:
    """The hits less a one-syllable name that is the given name of a person the article names
    in full, where a person's name stands (opening a clause or after "như": "Hồ Văn Đức ...
    Hết hợp đồng, Đức về nước"; "Trần Minh Nhật … Nhật đã nhận tiền", "Nhật Bản" in the title or
    not), unless a place word comes before the country in PLACED_SENTENCES sentences ("tại Đức",
    "sang Đức": an article about the country)."""
    given = set().union(*(person_given_names(s.text) for s in sentences))
    if not given:
        return hits_by_sentence  # most articles: no person named like a country
    placed = Counter(
        code
        for sentence, hits in zip(sentences, hits_by_sentence, strict=True)
        for code in {h.code for h in hits if place_word_before(fold(sentence.text), h.start)}
    )
    about = {code for code, n in placed.items() if n >= PLACED_SENTENCES}
    return [
        [
            hit
            for i, hit in enumerate(hits)
            if hit.code in about
            or sentence.text[hit.start : hit.end] not in given
            or not PERSON_PLACE.search(sentence.text, 0, hit.start)
            or listed_with_countries(sentence.text, hits, i, given)
        ]
        for sentence, hits in zip(sentences, hits_by_sentence, strict=True)
    ]


def listed_with_countries(text: str, hits: list[Hit], i: int, given: set[str]) -> bool:
    """Whether hit i is an item of a list of other countries, not a person's given name: "các
    nước châu Âu như Đức, Hungary, Romania"."""
    return any(
        partner_kind(other.code) == "country"
        and text[other.start : other.end] not in given
        and is_list_gap(text, *sorted((hits[i], other), key=lambda hit: hit.start))
        for other in (hits[j] for j in (i - 1, i + 1) if 0 <= j < len(hits))
    )


def names_own_acronym(text: str, hit: Hit) -> bool:
    """An acronym in brackets inside an institution's name: the institution's own."""
    return hit.in_name and hit.style == "acronym" and text[: hit.start].rstrip().endswith("(")


def article_frame(article: Article, hits: list[list[Hit]]) -> Frame:
    """The article's frame, from its headline and lead."""
    year = event_year(article)
    workforces = frozenset().union(*(foreign_workforces(text) for text in lead_texts(article)))
    abroad = workforces - {HOME}
    rivals = headline_peers(article.title, year)
    return Frame(
        counterparts=main_counterparts(article.sentences, hits, year, abroad) - rivals,
        crime=reports_crime(article),
        inbound=HOME in workforces,
        abroad=abroad,
        year=year,
        rivals=rivals,
    )


def headline_peers(title: str, year: int | None) -> frozenset[str]:
    """The countries a headline compares with Vietnam: "Lao động Việt Nam trước sức ép cạnh
    tranh từ Indonesia"."""
    hits = named_hits(title)
    judged = sentence_judgements(title, hits, Frame(year=year))
    return frozenset(hit.code for hit, j in zip(hits, judged, strict=True) if j.peer)


def lead_texts(article: Article) -> list[str]:
    """The headline and lead, where an article says what it is about."""
    return [article.title, *(s.text for s in article.sentences[:LEAD_SENTENCES])]


def event_year(article: Article) -> int | None:
    """The year of publication, else the latest year the headline and lead name ("Tại Ngày hội
    việc làm quốc tế năm 2024", a dateline's "ngày 5/6/2024")."""
    if article.published_date:
        return int(article.published_date[:4])
    years = (
        [
            int(m.group(2))
            for text in lead_texts(article)
            for m in PAST_YEAR.finditer(fold(text))
            if m.group(1) != "từ"  # "từ những năm 1980": a period's start, not the event's year
        ]
        + [
            int(d.first[:4])
            for text in lead_texts(article)
            for d in find_dates(text)
            if d.kind == "date" and d.year_given and d.day
        ]
    )
    return max(years, default=None)


def foreign_workforces(text: str) -> frozenset[str]:
    """The countries whose foreign workers the text is about, Vietnam as HOME: "Lao động nước
    ngoài tại Việt Nam", "cả nước có gần 150.000 lao động nước ngoài", "tỉnh Bình Dương có
    21.300 lao động nước ngoài", "Nhật Bản có 2.048.675 lao động nước ngoài" (JPN)."""
    if not phrase_matcher("foreign_worker").search(fold(text)):
        return frozenset()  # most headlines and leads: no foreign workers
    agencies = agency_countries()  # "Tổng thanh tra Nhập cư Romania cấp … giấy phép": Romania
    hits = [
        replace(hit, code=agencies.get(hit.code, hit.code))
        for hit in named_hits(text)
        if partner_kind(hit.code) == "country" or hit.code in agencies
    ]
    folded = fold(mask(text, hits))
    places = set()
    for match in phrase_matcher("foreign_worker").finditer(folded):
        start, end = clause_span(folded, match.start())
        issuers = {hit.code for hit in hits if start <= hit.start < match.start()}
        if phrase_matcher("home_place").search(folded, start, end):
            places |= issuers or {HOME}  # "cả nước có", "Chính phủ Romania cấp … giấy phép"
        if any(
            owns_before(folded, place.end(), match.start())
            for place in home_places().finditer(folded, start, match.start())
        ):
            places.add(HOME)  # "tỉnh Bình Dương có 21.300 lao động nước ngoài"
        if works_at_home(folded, match.end()):
            places.add(HOME)  # "lao động nước ngoài làm việc tại Khu kinh tế Vũng Áng"
        places |= referred_country(folded, hits, match.start())
        places |= {
            hit.code
            for hit in hits
            if (start <= hit.start and counts_own(folded, hit.end, match.start()))
            or (
                match.end() <= hit.start <= end
                and foreign_workers_place().fullmatch(folded[match.end() : hit.start])
            )
        }
    return frozenset(places)


def counts_inbound(text: str) -> bool:
    """Whether the sentence counts foreign workers in Vietnam: "toàn tỉnh có 2.150 lao động nước
    ngoài", not "đa dạng hóa nguồn lao động nước ngoài sang Việt Nam"."""
    folded = fold(text)
    return any(
        NUMBER_BEFORE.search(folded, 0, match.start())
        for match in phrase_matcher("foreign_worker").finditer(folded)
    ) and HOME in foreign_workforces(text)


def referred_country(folded: str, hits: list[Hit], workers: int) -> set[str]:
    """The country "nước này" refers to, the last foreign one named before it, when it counts the
    foreign workers starting at workers at most REFERENCE_GAP_WORDS words later: "Theo Bộ Nhân
    lực Malaysia, …, nước này có khoảng 1,98 triệu lao động nước ngoài"."""
    this = list(THIS_COUNTRY.finditer(folded, 0, workers))
    gap = folded[this[-1].end() : workers] if this else ""
    if len(gap.split()) > REFERENCE_GAP_WORDS or not re.search(r"\d", gap):
        return set()  # most foreign workers: no "nước này" that counts them
    named = [hit.code for hit in hits if hit.end <= this[-1].start() and hit.code != HOME]
    return set(named[-1:])


def works_at_home(folded: str, end: int) -> bool:
    """Whether a Vietnamese province or an estate is where the foreign workers ending at end are:
    " đang làm việc tại Bắc Ninh", " tại Khu kinh tế Vũng Áng"."""
    located = foreign_workers_place().match(folded, end)
    return bool(located) and bool(
        home_places().match(folded, located.end())
        or phrase_matcher("place_named").match(folded, located.end())
    )


def owns_before(folded: str, end: int, workers: int) -> bool:
    """Whether a place ending at end stands at most OWNER_GAP_WORDS words before the foreign
    workers starting at workers: "Nhật Bản[ có 2 triệu ]lao động nước ngoài"."""
    return end <= workers and len(folded[end:workers].split()) <= OWNER_GAP_WORDS


def counts_own(folded: str, end: int, workers: int) -> bool:
    """Whether a country ending at end has a count of the foreign workers starting at workers:
    "Nhật Bản[ có 2 triệu ]lao động nước ngoài", not "Việt Nam[ là nhóm ]lao động nước ngoài"."""
    return owns_before(folded, end, workers) and bool(
        re.search(OWNED_COUNT + r"$", folded[end:workers])
    )


@cache
def home_places() -> re.Pattern[str]:
    """Vietnam's provinces and cities, as one regex over folded text; none without places.csv."""
    places = vietnamese_places()
    return alternation(places, SEPARATOR) if places else re.compile(r"(?!)")


@cache
def foreign_workers_place() -> re.Pattern[str]:
    """The words between foreign workers and where they are: " đang làm việc tại "."""
    return re.compile(rf"{PLACE_GAP}(?:{phrase_matcher('located').pattern})\s*")


def reports_crime(article: Article) -> bool:
    """Whether the headline (the title, else the first line) reports a criminal case: "Lĩnh án
    vì lừa đưa người đi làm việc"."""
    headline = article.title or (article.sentences[0].text if article.sentences else "")
    return bool(phrase_matcher("crime").search(fold(headline)))


def is_crime_scene(text: str, hits: list[Hit], i: int) -> bool:
    """In a crime report, a country in the legal route the report explains or the scam's claim,
    or one not paired with Vietnam nor governed by a cooperation cue, directly or through an
    authority's name ("phối hợp với Đại sứ quán Campuchia giải cứu", "phối hợp với Cơ quan Cảnh
    sát điều tra tỉnh Champasak (Lào)"); an organisation stays a partner."""
    if partner_kind(hits[i].code) != "country":
        return False
    folded = fold(text)
    if LEGAL_ROUTE.search(folded):
        return True  # "chương trình … chỉ được thực hiện thông qua thỏa thuận giữa …": the rule
    if CLAIMED.search(folded, 0, hits[i].start):
        return True  # "tự giới thiệu là đối tác của các địa phương Hàn Quốc": the scam's claim
    if is_paired(text, hits, i):
        return False
    if BETWEEN_VIETNAM_AND.search(folded, 0, hits[i].start):
        return False  # "Bản ghi nhớ … giữa Bộ Công an Việt Nam và Bộ Nội vụ |Campuchia"
    if in_scare_quotes(text, hits[i]):
        return True  # treo ảnh chụp với "đối tác Nhật Bản": the scam's own claim
    cues = find_cues(mask(text, hits))
    head = list_heads(text, hits)[i]
    if rescued_from(text, hits, head, cues):
        return False  # "giải cứu khỏi các cơ sở lừa đảo ở Myanmar": workers come back from there
    if counted_abroad().search(fold(text[: hits[head].start])) and not any(
        c.kind == "warning" for c in cues
    ):
        return False  # "… có 3.412 người đi làm việc ở nước ngoài, thị trường chủ yếu là Nhật Bản"
    cue = (
        local_cue(text, place_start(text, hits[head].start), cues)
        or cue_after(text, hits, i, cues)
        or actor_cue(text, hits, head, cues)
    )
    return not (cue and (cue.kind == "partner" or partner_side(text, cue, cues)))


def in_scare_quotes(text: str, hit: Hit) -> bool:
    """Whether the name is inside a short quote, a claim the writer keeps at arm's length."""
    return any(
        quote.start(1) <= hit.start
        and hit.end <= quote.end(1)
        and len(quote.group(1).split()) <= SCARE_QUOTE_WORDS
        for quote in QUOTED.finditer(text)
    )


def partner_side(text: str, cue: Cue, cues: list[Cue]) -> bool:
    """Whether the cue is "phía" right after a cooperation cue: "kênh hợp tác với |phía
    Campuchia", "làm việc với |phía Campuchia" (the counterpart's side, not a scam's scene)."""
    return text[cue.start : cue.end].lower() == "phía" and any(
        c.kind == "partner" and 0 <= cue.start - c.end <= 1 for c in cues
    )


def settle_roles(article: Article, mentions: list[Mention], figures: list[Figure]) -> list[Mention]:
    """The article's mentions whose code is the origin or destination of a persons figure in their
    sentence (not of the people at a meeting: "hơn 150 đại biểu") become partners, unless the
    sentence's context rules them out (a warning about scams, other nations' workers, a
    comparison, a past year)."""
    frames = dict(zip((s.text for s in article.sentences), sentence_frames(article), strict=True))
    counted = {
        (f.article_id, f.evidence, listed)
        for f in figures
        if f.unit == "persons" and f.metric not in MEETING_METRICS
        for code in (counted_origin(f, frames[f.evidence].inbound), counted_destination(f))
        if code
        for listed in list_mates(f.evidence, code)
    }
    settled = [
        replace(m, role="partner")
        if m.role != "partner"
        and (m.article_id, m.evidence, m.partner_code) in counted
        and m.partner_code not in firmly_in_frame(m.evidence, frames[m.evidence])
        else m
        for m in mentions
    ]
    return with_agency_countries(settled)


def counted_origin(figure: Figure, inbound: bool) -> str:
    """The figure's origin, unless, with people counted outside Vietnam, it is only their
    nationality ("trên tàu còn có 6 thủy thủ Ấn Độ"), the subject that has them, or where they
    come from in an article about Vietnam's own workers ("với hơn 35.000 người đến từ Fiji"): no
    workers Vietnam deals with."""
    if figure.destination == HOME:
        return figure.origin
    text = figure.evidence
    hit = first_hit(text, figure.origin)
    nationals = hit is None or (
        has_people(text, hit)
        or (not inbound and bool(COMING_FROM.search(fold(text[: hit.start]))))
        or ends_with_worker_noun(text, text[: hit.start], cue_words("worker"))
        or bool(PEOPLE_BEFORE.search(fold(text[: hit.start])))
        or names_nationality(text, hit.start)
    )
    return "" if nationals else figure.origin


def counted_destination(figure: Figure) -> str:
    """The figure's destination, unless people not from Vietnam are counted as the subject's
    own ("trong khi đó Philippines có hơn 400.000 thuyền viên") or as its share of another
    country's foreign workers; a destination's foreign workers count Vietnam's among them ("Oman
    có 1,8 triệu lao động nước ngoài")."""
    text = figure.evidence
    hit = first_hit(text, figure.destination)
    if figure.origin == HOME or hit is None:
        return figure.destination
    if has_people(text, hit) and not phrase_matcher("foreign_worker").search(fold(text)):
        return ""
    return "" if shares_foreign_workforce(text, hit) else figure.destination


def shares_foreign_workforce(text: str, hit: Hit) -> bool:
    """Whether the name's count is its nationals' share of another country's foreign workers,
    Vietnam not named: "Ả Rập Xê-út tiếp nhận hơn 13 triệu lao động nước ngoài, trong đó
    Philippines có trên 600.000 người"."""
    folded = fold(text[: hit.start])
    foreign = phrase_matcher("foreign_worker").search(folded)
    return bool(foreign and OF_WHICH.search(folded, foreign.end())) and not names_vietnam(
        text, named_hits(text)
    )


def first_hit(text: str, code: str) -> Hit | None:
    return next((h for h in named_hits(text) if h.code == code), None) if code else None


def has_people(text: str, hit: Hit) -> bool:
    """Whether the name is the subject that has a count ("Philippines có hơn 400.000 …"), not as
    a share of the one before it ("Trong đó, Malaysia có khoảng 21.500 người")."""
    return bool(HAS_PEOPLE.match(text, hit.end)) and not OF_WHICH.search(fold(text[: hit.start]))


def with_agency_countries(mentions: list[Mention]) -> list[Mention]:
    """A national agency that is a partner ("Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ")
    makes its country one, when no row of the country says so already: a row on the country's
    name inside the agency's, else on the agency's first partner row ("KOICA"). An agency the
    article only spells out stays a mention (see writes_acronym)."""
    countries = agency_countries()
    partners = {m.partner_code for m in mentions if m.role == "partner"}
    rows: dict[str, list[Mention]] = {}
    for mention in mentions:
        country = countries.get(mention.partner_code)
        if mention.role == "partner" and country and country not in partners:
            rows.setdefault(country, []).append(agency_country_row(mention, country))
    added = [next((r for r in found if r.name_inside), found[0]).row for found in rows.values()]
    unwritten = (
        {m.partner_code for m in mentions if m.partner_code in countries}
        - {m.partner_code for m in mentions if writes_acronym(m)}
        - spelt_out_agencies()
    )
    kept = [
        replace(m, role="mentioned") if m.partner_code in unwritten and m.role == "partner" else m
        for m in mentions
    ]
    return sorted([*kept, *added], key=lambda m: (m.char_start, m.char_end, m.partner_code))


def writes_acronym(mention: Mention) -> bool:
    """Whether the mention's sentence writes the agency's acronym ("KOICA", "(Norad)", "HRD
    Korea", "LuxDev"), not only its full name ("Cục Lao động bán đảo Malaysia"): an agency the
    article never abbreviates is coded by its country only, unless organisations.csv marks it
    spelt_out."""
    own = re.search(rf"(?<!\w){re.escape(mention.partner_code)}(?!\w)", mention.evidence, re.I)
    return bool(own) or any(sum(c.isupper() for c in w) >= 2 for w in mention.span_text.split())


@dataclass(frozen=True)
class AgencyCountry:
    row: Mention
    name_inside: bool  # the row spans the country's name inside the agency's


def agency_country_row(agency: Mention, code: str) -> AgencyCountry:
    """The country's row for an agency that acts for it: on the country's name inside the
    agency's name, after its first word, or on the whole name when it has none ("KOICA")."""
    country = partner_catalogue()[code]
    found = written_names(code).search(fold(agency.span_text), 1)
    start, end = found.span() if found else (0, len(agency.span_text))
    row = replace(
        agency,
        partner_code=code,
        partner_kind=country.kind,
        name_vi=country.name_vi,
        name_en=country.name_en,
        span_text=agency.span_text[start:end],
        char_start=agency.char_start + start,
        char_end=agency.char_start + end,
    )
    return AgencyCountry(row, found is not None)


@cache
def written_names(code: str) -> re.Pattern[str]:
    """Every way the partner is written, as one regex over folded text."""
    return alternation((name_key(name) for name, c in partner_names() if c == code), SEPARATOR)


def list_mates(text: str, code: str) -> set[str]:
    """The code and the countries listed with it in the sentence: a figure of "312 người sang
    Hungary, Romania và Ba Lan" counts the workers of all three."""
    hits = named_hits(text)
    heads = list_heads(text, hits)
    lists = {heads[i] for i, hit in enumerate(hits) if hit.code == code}
    return {code} | {
        hit.code
        for i, hit in enumerate(hits)
        if heads[i] in lists and partner_kind(hit.code) == "country" and hit.code != HOME
    }


def firmly_in_frame(text: str, frame: Frame) -> frozenset[str]:
    """The codes the sentence's context, in its frame, shows to be no partner."""
    return firmly_mentioned(
        text, frame.year, frame.counterparts, frame.abroad, frame.senders_ranked
    )


@lru_cache(maxsize=4096)
def firmly_mentioned(
    text: str,
    year: int | None = None,
    counterparts: frozenset[str] = frozenset(),
    abroad: frozenset[str] = frozenset(),
    senders_ranked: bool = False,
) -> frozenset[str]:
    """Codes that every occurrence in the sentence, by its context (in an article of the event
    year, beside its counterparts, about the foreign workers of countries abroad, before
    Vietnam's rank among senders), shows to be no partner."""
    hits = named_hits(text)
    frame = Frame(
        counterparts=counterparts, year=year, abroad=abroad, senders_ranked=senders_ranked
    )
    judgements = sentence_judgements(text, hits, frame)
    return codes_only_where(hits, [j.firm for j in judgements])


def codes_only_where(hits: list[Hit], flags: list[bool]) -> frozenset[str]:
    """The codes whose every hit is flagged."""
    flagged = {hit.code for hit, flag in zip(hits, flags, strict=True) if flag}
    return frozenset(
        flagged - {hit.code for hit, flag in zip(hits, flags, strict=True) if not flag}
    )


def main_counterparts(
    sentences: tuple[Sentence, ...],
    hits: list[list[Hit]],
    year: int | None,
    abroad: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The article's counterparts: the codes it pairs with Vietnam ("Việt Nam - Lào"), unless
    as a model or background ("cách làm mà Việt Nam và Hàn Quốc đã áp dụng"), or, when it
    pairs none, the codes named in its lead, not ruled out there by context, that come back in
    another sentence; never the venue of a multilateral meeting the lead reports ("tại Lima (Peru),
    đoàn Việt Nam ... tham dự Hội nghị ... APEC")."""
    paired = {
        hit.code
        for sentence, sentence_hits in zip(sentences, hits, strict=True)
        for i, hit in enumerate(sentence_hits)
        if hit.code != HOME
        and is_paired(sentence.text, sentence_hits, i)
        and hit.code not in firmly_mentioned(sentence.text, year)
    }
    if paired:
        return frozenset(paired)
    named = [
        (hit.code, is_venue(sentence.text, sentence_hits, hit), sentence.text, ranked)
        for sentence, sentence_hits, ranked in zip(
            sentences[:LEAD_SENTENCES],
            hits,
            senders_rank_next(sentences[: LEAD_SENTENCES + 1], hits[: LEAD_SENTENCES + 1]),
            strict=False,
        )
        for hit in sentence_hits
        if not hit.in_name
    ]
    first_named: dict[str, str] = {}
    for code, _, text, _ in named:
        first_named.setdefault(code, text)
    first_ruled_out = {  # "Sau 5 năm làm việc tại Nhật Bản, anh … trở về quê": background first
        code
        for code, text in first_named.items()
        if code in background_codes(text, year) | company_owners(text) | attendees(text)
    }  # or a company's owner first: "nhà máy do một tập đoàn của Hàn Quốc nắm giữ"
    lead = [
        (code, venue)
        for code, venue, text, ranked in named
        if code not in first_ruled_out
        and code not in firmly_mentioned(text, year, abroad=abroad, senders_ranked=ranked)
    ]
    multilateral = any(partner_kind(code) != "country" for code, _ in lead)
    venues = {code for code, venue in lead if venue and multilateral}
    sentences_naming = Counter(
        code for sentence_hits in hits for code in {h.code for h in sentence_hits}
    )
    return frozenset(
        code for code, _ in lead if code not in {*venues, HOME} and sentences_naming[code] > 1
    )


def background_codes(text: str, year: int | None) -> frozenset[str]:
    """The codes of a sentence's background clauses that are no partner there: "Sau 5 năm làm
    việc tại Nhật Bản, anh …", not "…, anh Hùng nay sang Nhật Bản"."""
    hits = named_hits(text)
    context = sentence_reading(text, tuple(hits), year, False, frozenset(), False)[2]
    return frozenset(hits[i].code for i in context.background) & firmly_mentioned(text, year)


def attendees(text: str) -> frozenset[str]:
    """The codes a sentence names only as attending a meeting: "Hội thảo có sự tham gia của …
    đại diện cơ quan quản lý lao động của Đức, Ba Lan, Hungary"."""
    hits = named_hits(text)
    heads = list_heads(text, hits)
    return codes_only_where(
        hits, [attends_multilateral(text, hits, i, heads[i]) for i in range(len(hits))]
    )


def company_owners(text: str) -> frozenset[str]:
    """The codes a sentence names only as a company's owner: "một tập đoàn của Hàn Quốc"."""
    hits = named_hits(text)
    return codes_only_where(
        hits, [owns_company(text, hits[head].start) for head in list_heads(text, hits)]
    )


def is_third_country_sharing(text: str, hits: list[Hit], i: int, main: frozenset[str]) -> bool:
    """A country beside the article's counterparts that only shares experience, or whose
    representatives present their own practice ("Đại diện Philippines chia sẻ mô hình"), or any
    country whose presentation is heard ("nghe chia sẻ của Thái Lan về …"), and an organisation
    listed after such countries ("đại diện Kuwait, Malaysia và Liên minh châu Âu đã trình bày");
    not one met bilaterally or through its authority ("làm việc với Bộ Lao động ... Chile")."""
    hit = hits[i]
    head = list_heads(text, hits)[i]
    if not acts_apart(hit.code, main) or funds(text, hits, i):
        return False  # a counterpart, its agency or the event's donor ("IOM, đơn vị tài trợ")
    if presented_by().search(fold(mask(text, hits)), 0, hits[head].start):
        return True  # "nghe chia sẻ của Philippines về …, và của Sri Lanka về …"
    if not main:
        return False
    actor = actor_cue(text, hits, head, find_cues(mask(text, hits)))
    if meets_bilaterally(text, hits, head) or (actor and not speaks_alone(text, actor)):
        return False  # "làm việc với Bộ Lao động và Xúc tiến việc làm Chile": met on its own
    if shares_before_comma(text, hits[head].start):
        return True  # "Chia sẻ tại hội thảo, đại diện Philippines cho biết …"
    after = fold(text[hits[list_end(text, hits, i)].end :])
    if not any(hit.code == HOME for hit in hits):  # "Đức, nước …, giới thiệu" Vietnam's workers
        after = APPOSITIVE_PHRASE.sub("", after, count=1)
    presents = phrase_matcher("presents").search(after)
    return bool(phrase_matcher("exchange").search(fold(text))) or bool(
        presents and governs(after[: presents.start()], CUE_AFTER_WORDS)
    )


def speaks_alone(text: str, actor: Cue) -> bool:
    """Whether the actor cue is a representative nobody is said to meet: "đại diện Bộ Lao động
    Indonesia đã chia sẻ", not "gặp song phương với đại diện Bộ Lao động … Nepal"."""
    folded = fold(text)
    return folded[actor.start : actor.end] == SPOKESMAN and not MET_BEFORE.search(
        folded, 0, actor.start
    )


def shares_before_comma(text: str, start: int) -> bool:
    """Whether a presentation opens the sentence and its comma comes before the name: "Chia sẻ
    tại hội thảo, đại diện |Philippines cho biết …"."""
    folded = fold(text[:start])
    opening = len(folded) - len(folded.lstrip(OPENING))
    presents = phrase_matcher("presents").match(folded, opening)
    return presents is not None and "," in folded[presents.end() :]


@cache
def presented_by() -> re.Pattern[str]:
    """Masked, before a name: what it presents ("chia sẻ của |", "… của # về …, và của |")."""
    presents = phrase_matcher("presents").pattern
    return re.compile(
        rf"(?:{presents})(?:\s+{fold('kinh nghiệm')})?\s+của\s+(?:#[^.;]*\s+và\s+của\s+)?$"
    )


def chairs_forum(text: str, hits: list[Hit], i: int) -> bool:
    """Whether the country hosts or chairs a forum: a chair phrase right before its list ("nước
    chủ nhà Peru") or at most LOCAL_CUE_WORDS words after it ("Philippines sẽ đảm nhận vai trò
    chủ trì ALMM"), an apposition between them ("Kuwait, nước giữ vai trò Chủ tịch"), or a
    fronted role before its comma ("Với vai trò nước chủ nhà, Lào"); a chair after a country
    that a cooperation cue governs is that country's title, not its role here ("ký … với Hàn
    Quốc, nền kinh tế sẽ đăng cai APEC")."""
    if partner_kind(hits[i].code) != "country":
        return False  # "do ILO chủ trì": an organisation chairing Vietnam's event is a partner
    if not phrase_matcher("chair").search(fold(text)):
        return False  # most sentences: no forum chaired or hosted
    folded = fold(mask(text, hits))
    start, end = hits[list_heads(text, hits)[i]].start, hits[list_end(text, hits, i)].end
    before = local_cue(text, place_start(text, start), find_cues(mask(text, hits)))
    met = before is not None and takes_preposition(text, before)  # "ký … với Hàn Quốc, nền …"
    return any(
        governs(folded[chair.end() : start], 0)
        or (
            FRONTED_ROLE.match(folded, 0, chair.start())
            and FRONTED_ROLE_HOLDER.fullmatch(folded, chair.end(), start) is not None
        )
        if chair.end() <= start
        else chair.start() >= end
        and not met
        and list_end(text, hits, i) == i  # "cảm ơn Philippines, Lào với tư cách chủ nhà": Lào
        and (
            governs(
                APPOSITION.sub("", DASH_ASIDE.sub("", folded[end : chair.start()])),
                LOCAL_CUE_WORDS,
            )
            or (
                folded[end : chair.start()].strip() == ","
                and (chair.group().startswith(CAPACITY) or APPOSITION.match(folded[end:]))
            )  # "Malaysia, với tư cách nước chủ nhà", "Philippines, nước điều phối ACMW"
        )
        for chair in phrase_matcher("chair").finditer(folded)
    )


def meets_bilaterally(text: str, hits: list[Hit], head: int) -> bool:
    """Whether a bilateral cue governs the list at hit head: "làm việc song phương với các trưởng
    đoàn Indonesia và Philippines" at a multilateral meeting."""
    start = hits[head].start
    return any(
        cue.end() <= start and governs(text[cue.end() : start], LOCAL_CUE_WORDS)
        for cue in phrase_matcher("bilateral").finditer(fold(mask(text, hits)))
    )


def is_venue(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Whether the name is the venue of a meeting: "tại Singapore, ... tham dự Hội nghị"."""
    cues = find_cues(mask(text, hits))
    cue = local_cue(text, place_start(text, hit.start), cues)
    return bool(cue and cue.kind == "host") and any(c.kind == "event" for c in cues)


def sentence_judgements(text: str, hits: list[Hit], frame: Frame) -> list[Judgement]:
    if not hits:
        return []  # most sentences name no partner: nothing to judge
    cues, heads, context = sentence_reading(text, tuple(hits), *reading_frame(frame))
    main = frame.counterparts
    judged = [hit_judgement(text, hits, i, heads[i], cues, main, context) for i in range(len(hits))]
    judged = elliptic_roles(text, hits, heads, share_list_roles(hits, heads, judged))
    judged = ranking_goes_on(text, hits, heads, judged)
    partners = {hit.code for hit, j in zip(hits, judged, strict=True) if j.role == "partner"}
    return [
        Judgement("partner") if j.role == "host" and hit.code in partners else j
        for hit, j in zip(hits, judged, strict=True)
    ]


def reading_frame(frame: Frame) -> tuple[int | None, bool, frozenset[str], bool]:
    """What of a sentence's frame its reading uses: not the counterparts."""
    return frame.year, frame.inbound, frame.abroad, frame.senders_ranked


@lru_cache(maxsize=4096)
def sentence_reading(
    text: str,
    hits: tuple[Hit, ...],
    year: int | None,
    inbound: bool,
    abroad: frozenset[str],
    senders_ranked: bool,
) -> tuple[list[Cue], list[int], Context]:
    """The cues, list heads and context of a sentence, which its article's counterparts do not
    change: remembered, as settle_roles judges a counted sentence again without them."""
    listed = list(hits)
    masked = mask(text, listed)
    found = find_cues(masked)
    cues = [c for c in found if not (takes_amount(masked, c) or rivals_with(masked, c, found))]
    heads = list_heads(text, listed)
    inbound = inbound or counts_inbound(text)
    context = sentence_context(text, masked, listed, heads, inbound)
    context = replace(
        context,
        ruled_out=context.ruled_out
        | nationalities_ranked(text, listed, abroad, inbound, senders_ranked)
        | other_origins(text, listed, heads, inbound),
        compared=compared_hits(text, masked, listed, heads),
        background=background_hits(
            text, masked, listed, heads, [*cues, *past_years(masked, year), *earlier_ones(masked)]
        ),
        other_flows=other_flow_hits(text, masked, listed, heads),
    )
    return cues, heads, context


def nationalities_ranked(
    text: str, hits: list[Hit], abroad: frozenset[str], inbound: bool, senders_ranked: bool
) -> frozenset[int]:
    """In an article about the foreign workers of countries abroad, a sentence that ranks
    Vietnam's workers among them, or one whose ranking of senders Vietnam's rank closes next, the
    other countries a head count or a percent ranks, and their list mates, as those workers'
    nationalities: "Tiếp theo là Philippines với 25.900 người", "Indonesia với 56%", "tiếp theo
    là Philippines (226.846 người), Nepal và Brazil"."""
    if not (abroad or senders_ranked or ranks_own_workers(text, hits, inbound)):
        return frozenset()  # most sentences: no other country's foreign workers
    others = [i for i, hit in enumerate(hits) if hit.code not in abroad and is_foreign_country(hit)]
    heads = list_heads(text, hits)
    folded = fold(text)
    ranked_lists = {
        heads[i]
        for i in others
        if ranked_after(text, hits[i])
        or RANKED_AS.match(folded, hits[list_end(text, hits, i)].end)
        or SUPPLIER_AFTER.match(folded, hits[list_end(text, hits, i)].end)
    }
    starts = [hits[h].start for h in ranked_lists] + [
        hit.start for hit in hits if ranks_home(folded, hit)
    ]  # or Vietnam's own rank opens it: "Việt Nam dẫn đầu với 12.800 lao động, kế đến là …"
    if starts:  # "…, tiếp đến là Bangladesh, Nepal", "…, trên Campuchia": the ranking goes on
        first = min(starts)
        ranked_lists |= {
            heads[i]
            for i in others
            if hits[heads[i]].start > first
            and (
                RANK_OPENING.search(folded, 0, hits[heads[i]].start)
                or RANKED_BESIDE.search(folded, 0, hits[heads[i]].start)
            )
        }
    return frozenset(i for i in others if heads[i] in ranked_lists)


def other_origins(text: str, hits: list[Hit], heads: list[int], inbound: bool) -> frozenset[int]:
    """Outside an article about workers coming to Vietnam, in a sentence that names Vietnam, the
    origins of foreign workers, after "từ" or further on in their ranking, up to a semicolon:
    "nhà máy sử dụng 3.400 công nhân nước ngoài, phần đông đến từ Nepal; … tuyển thêm lao động
    Việt Nam", "thực tập sinh nước ngoài, đông nhất là từ Việt Nam, tiếp đến là Indonesia", or
    besides Vietnam's ("Ngoài Việt Nam, Kochi còn tiếp nhận thực tập sinh từ Indonesia")."""
    folded = fold(text)
    if inbound or not any(hit.code == HOME for hit in hits):
        return frozenset()  # most sentences: no foreign workers set beside Vietnam's
    opened = [m.end() for m in phrase_matcher("foreign_worker").finditer(folded)]
    if opens_besides_home(folded, hits):
        opened.append(0)
    origins = {
        head
        for head in set(heads)
        if any(
            start <= hits[head].start and ";" not in folded[start : hits[head].start]
            for start in opened
        )
        and (
            FROM_BEFORE.search(folded, 0, hits[head].start)
            or RANK_OPENING.search(folded, 0, hits[head].start)
        )
    }
    return frozenset(
        i for i, hit in enumerate(hits) if heads[i] in origins and is_foreign_country(hit)
    )


def opens_besides_home(folded: str, hits: list[Hit]) -> bool:
    """Whether the sentence opens with "Ngoài Việt Nam," or "Bên cạnh Việt Nam,"."""
    besides = BESIDES.search(folded, 0, hits[0].start) if hits[0].code == HOME else None
    return (
        besides is not None
        and not folded[: besides.start()].strip(OPENING)
        and folded[hits[0].end :].lstrip().startswith(",")
    )


def ranks_own_workers(text: str, hits: list[Hit], inbound: bool) -> bool:
    """Whether the sentence ranks Vietnam's workers among another country's foreign workers:
    "… lao động nước ngoài, trong đó Indonesia chiếm 37%; lao động Việt Nam chỉ còn 4.000 người",
    "Lao động Việt Nam đứng thứ hai, chỉ sau Indonesia (280.100 người)", "… lao động Việt Nam
    nhập cảnh Hàn Quốc, đứng thứ ba trong số 17 nước phái cử, sau Nepal (9.100 người)", or
    Vietnam by a head count ("Indonesia dẫn đầu với 6.100 người, Việt Nam đứng thứ hai với
    4.270 người")."""
    if inbound:
        return False  # inbound: origins rank
    folded = fold(text)
    own = own_workers(text, hits)
    if not own:  # most sentences: no Vietnamese workers
        return any(ranks_home(folded, h) for h in hits)
    ranked = any(OWN_RANK.match(folded, hit.end) for hit in own)
    return ranked or bool(phrase_matcher("foreign_worker").search(folded) or SENDERS.search(folded))


def ranks_home(folded: str, hit: Hit) -> bool:
    """Whether the hit is Vietnam, its rank, head count or share right after it: "Việt Nam đứng
    thứ hai với 4.270 người", "người Việt Nam chiếm khoảng 51%", "Việt Nam là nguồn cung lớn thứ
    hai với 9.400 người", "lao động Việt Nam đang làm việc tại đây, nhiều thứ hai"."""
    return hit.code == HOME and bool(
        ranked_by_head().match(folded, hit.end)
        or ranked_by().match(folded, hit.end)
        or RANKED_AS.match(folded, hit.end)
        or OWN_RANK.match(folded, hit.end)
        or MOST_WORKERS_AS.match(folded, hit.end)
    )


def ranks_by_head_count(text: str, hit: Hit, cue: Cue) -> bool:
    """Whether the cue ranks or compares ("đứng thứ hai", "vượt") and people are counted right
    after the name or its rank: "Đài Loan đứng thứ hai với 3.510 người", "đứng thứ hai là Nhật
    Bản với 698 người", "vượt Trung Quốc (1.904 người)"; other nations' workers are ruled out
    before (nationalities_ranked); or the name only takes a rank after a market counted before
    it: "Nhật Bản vẫn là thị trường lớn nhất với hơn 80.000 lao động, Đài Loan đứng thứ hai"."""
    folded = fold(text)
    return cue.kind == "mentioned" and (
        bool(ranked_by_head().match(folded, hit.end))
        or bool(RANK_ALONE.match(folded, hit.end) and heads_counted().search(folded, 0, hit.start))
    )


def vietnam_outranks(text: str, hits: list[Hit], cue: Cue) -> bool:
    """Whether Vietnam is what the ranking cue ranks, right after it ("Xếp sau Việt Nam là …") or
    named before it with no foreign subject, only where its workers are: "40.000 lao động Việt
    Nam làm việc tại Malaysia, lần đầu vượt Nepal (38.000 người)" ranks another sender, not a
    destination (as "Đài Loan tiếp nhận 33.460 lao động Việt Nam, lần đầu tiên vượt Nhật Bản"
    does)."""
    before = [hit for hit in hits if hit.end <= cue.start]
    folded = fold(text)
    if any(
        h.code == HOME and h.start >= cue.end and not folded[cue.end : h.start].strip()
        for h in hits
    ):
        return True  # "Xếp sau Việt Nam là Indonesia với 46.000 người": other senders
    return any(hit.code == HOME for hit in before) and all(
        hit.code == HOME or place_word_before(folded, hit.start) for hit in before
    )


@cache
def ranked_by_head() -> re.Pattern[str]:
    """A rank, then a head count: " đứng thứ hai với 3.510 người", " (1.904 người)", " xếp thứ ba
    nhưng chỉ có 2.310 lao động"."""
    verb = r",?\s+(?:nhưng\s+|và\s+)?(?:chỉ\s+)?(?:có|đạt)"
    return re.compile(rf"(?:\s+{RANK_VERB}{RANK_ASPECT}(?:{verb})?)?{counted_people().pattern}")


def ranked_after(text: str, hit: Hit) -> bool:
    """Whether a head count or a percent right after the name ranks it: "Hàn Quốc với 356
    người", "Myanmar dẫn đầu với 41%", "Nhật Bản (chiếm 38%)"."""
    return bool(ranked_by().match(fold(text), hit.end))


@cache
def ranked_by() -> re.Pattern[str]:
    """A rank, then a head count or a percent: " với 356 người", " dẫn đầu với 41%"."""
    shares = rf"{count_opening()}(?:(?:{phrase_matcher('share').pattern})\s+)?{share()}"
    return re.compile(rf"(?:\s+{RANK_VERB})?(?:{counted_people().pattern}|{shares})")


def hit_judgement(
    text: str,
    hits: list[Hit],
    i: int,
    head: int,
    cues: list[Cue],
    main: frozenset[str],
    context: Context,
) -> Judgement:
    hit = hits[i]
    if any(c.kind == "teaser" and not text[: c.start].strip(OPENING) for c in cues):
        return Judgement("mentioned", firm=True)
    if hit.in_name:
        return Judgement("mentioned", firm=True)  # "Trường Cao đẳng Việt Nam - Hàn Quốc"
    if partner_kind(hit.code) != "country" and NUMBER_AFTER.match(text, hit.end):
        return Judgement("mentioned", firm=True)  # "số IMO 9234561": an identifier
    if hit.code not in main and MISSION_BEFORE.search(fold(text), 0, hits[head].start):
        # "Đại sứ quán Việt Nam tại Malaysia": a mission's seat; "tại Romania (kiêm nhiệm
        # Serbia)": only that, the country it also covers named after
        return Judgement("mentioned", firm=bool(ALSO_COVERS.match(text, hits[head].end)))
    if hit.code not in main and COVERED_BEFORE.search(fold(text), 0, hits[head].start):
        return Judgement("mentioned", firm=True)  # "(kiêm nhiệm Myanmar)": a mission's cover
    if hit.code not in main and SEAT_BEFORE.search(fold(text), 0, hits[head].start):
        return Judgement("mentioned", firm=True)  # "Ban Thư ký APEC tại Singapore": its seat
    if flies_open_flag(text, hits[head]) or names_a_ship(text, hit):
        return Judgement("mentioned", firm=True)  # "mang cờ Panama", "tàu chở hàng Ocean Togo"
    if is_company_origin(text, hit.start) or is_foreign_company_abroad(text, hits, head):
        return Judgement("mentioned", firm=True)  # "tập đoàn Linglong (Trung Quốc)"
    if main and hit.code not in main and owns_company(text, hits[head].start):
        return Judgement("mentioned", firm=True)  # "nhà máy của một tập đoàn Hàn Quốc" in Hungary
    if SHIPOWNER_BEFORE.search(fold(text), 0, hits[head].start):
        if crews_counted(text, hits, head, hit.end):
            return Judgement("partner")  # "Các chủ tàu Nhật Bản sử dụng …, khoảng 2.450 người"
        if hit.code not in main:
            return Judgement("mentioned", firm=True)  # "cho các chủ tàu Hy Lạp": only named
    if lists_member_states(text, hits, head) and not takes_the_rest(text, hits, head):
        return Judgement("mentioned", firm=True)  # "14 nền kinh tế thành viên APEC, gồm Chile"
    if (names_member_states(text, hit) or names_outsiders(text, hit)) and hit.code not in main:
        return Judgement("mentioned", firm=True)  # "tại 10 quốc gia ASEAN", "ngoài EU": a region
    behind = ranked_behind(text, hits[head], hit)
    if behind and ranks_a_destination(text, hits, head):
        return Judgement("partner")  # "số lao động đi Romania là 212 người, đứng thứ tư sau Nhật"
    if i in context.compared or (
        hit.code not in main
        and (
            behind
            or likened(text, hits[head].start, cues)
            or done_likewise(text, hits, head, i)
            or RIVALS_BEFORE.search(fold(text), 0, hits[head].start)
        )
    ):
        before = fold(text)[: hits[head].start]
        peer = (  # "so với Philippines, … của ta", not "Đài Loan vượt Nhật Bản": destinations
            not behind
            and not RANKED_BESIDE.search(before)
            and not DESTINATION_BEFORE.search(before)
            and names_vietnam(text, hits)
        )
        return Judgement("mentioned", firm=True, peer=peer)  # "tương tự thỏa thuận ký với Qatar"
    fellow = is_fellow(text, hits, head, main - {hit.code} | {HOME})
    if is_peer_of_vietnam(text, hits, head) or fellow:
        return Judgement("mentioned", firm=True, peer=True)  # "các nước như Việt Nam, Philippines"
    if hit.code not in main and (
        SENDERS_APPOSITION.match(fold(text), hits[list_end(text, hits, i)].end)
        or SENDERS_AMONG.search(fold(text), 0, hits[head].start)
    ):
        return Judgement("mentioned", firm=True, peer=True)  # "Philippines – hai nước phái cử"
    if hit.code not in main and i in recruited_abroad(text, hits, list_heads(text, hits)):
        return Judgement("mentioned", firm=True)  # "Bang này đã hợp tác tuyển học viên từ Tunisia"
    if names_a_kind(text, hit):
        return Judgement("mentioned", firm=True)  # "nhiều cơ quan Liên hợp quốc như ILO": a kind
    if hit.code not in main and abroad_setting(text, hits, cues):
        return Judgement("mentioned")  # "Ở Philippines, chính phủ đã cấm thu phí …": its own ways
    if hit.code not in main and besides_vietnam(mask(text, hits), hits):
        return Judgement("mentioned", firm=True)  # "Ngoài Việt Nam, tỉnh cũng hợp tác với Thái Lan"
    if is_place_annotation(text, hits, i) or is_shared_membership(text, hits, i):
        return Judgement("mentioned", firm=True)  # "(Đài Loan, Trung Quốc)", "CPTPP mà cả hai"
    if is_border_neighbour(text, hits, i, head):
        return Judgement("mentioned", firm=True)  # "tiếp giáp với Việt Nam và Campuchia"
    if hit.code not in main and moves_on_from(text, hits, i, head):
        return Judgement("mentioned", firm=True)  # "Từ Đài Loan, Nhật Bản sang Séc": left behind
    if hit.code not in main and is_programme_source(text, hits, head):
        return Judgement("mentioned", firm=True)  # "chương trình ... từ 9 quốc đảo như Fiji"
    if hit.code not in main and attends_as_observer(text, hits, i, cues):
        return Judgement("mentioned", firm=True)  # "ILO dự ... với tư cách quan sát viên"
    if main and acts_apart(hit.code, main) and relation_of_others(text, hits, i):
        return Judgement("mentioned", firm=True)  # "quan hệ ASEAN - EU", "xung đột Nga - Ukraine"
    if main and acts_apart(hit.code, main) and is_arena(text, hits, i, head):
        return Judgement("mentioned", firm=True)  # "phối hợp chặt chẽ trong khuôn khổ ASEAN"
    if acts_apart(hit.code, main) and attends_multilateral(text, hits, i, head):
        return Judgement("mentioned", firm=True)  # "ASEAN … với sự tham dự của đoàn Brunei"
    background = i in context.background and not chairs_forum(text, hits, i)  # the occasion's host
    if (background or i in context.other_flows) and (
        acts_apart(hit.code, main) or (hit.code not in main and LONG_AGO.search(fold(text)))
    ):  # not "Trước đó, … đã làm việc với Cơ quan Hưu trí Nhật Bản": the counterpart's agency
        return Judgement("mentioned", firm=True)  # "Trước đó, ...", "Thái Lan tiếp nhận ... từ"
    if is_unrealised_plan(text, hits[list_end(text, hits, i)].end):
        return Judgement("mentioned", firm=True)  # "Việc ký … với Qatar … chưa thực hiện được"
    shares = has_share(text, hits, i) and (  # a share of others' workers ranks no partner,
        i not in context.ruled_out or bool(context.origins)  # one of those coming here does
    )
    paired = is_paired(text, hits, i) and not follows_worker_noun(
        text, hits[head].start, hits[list_end(text, hits, i)].end
    )  # not "nơi có đông lao động Việt Nam và Uzbekistan": two nations' workers
    if (paired or SIDE_BEFORE.search(text, 0, hit.start)) and pair_negated(text, hits, i):
        return Judgement("mentioned", firm=True)  # "Việt Nam và Canada không có chương trình"
    rest = takes_the_rest(text, hits, head) and i not in context.ruled_out  # not others' rest
    if paired or heads_worker_count(text, hits[i]) or shares or rest:
        return Judgement("partner")  # "Việt Nam - Lào", "- Nhật Bản: 17.815", "Nhật Bản chiếm 31%"
    if hit.code not in main and in_others_story(text, hits, i):
        return Judgement("mentioned", firm=True)  # "Đại diện Indonesia chia sẻ … với Myanmar"
    if rescued_nationals(text, hits, head, cues):
        return Judgement("mentioned", firm=True)  # "cùng được giải cứu có … quốc tịch Lào"
    if i in context.origins or rescued_from(text, hits, head, cues):
        return Judgement("partner")  # "lao động đến từ Trung Quốc" in Vietnam; "giải cứu khỏi"
    if hit.code not in main and is_cited_source(text, hits, head):
        return Judgement("mentioned")  # "Theo Ngân hàng Thế giới (WB), kiều hối ..."
    if chairs_forum(text, hits, i) and hit.code not in main:
        return Judgement("host", firm=True)  # "Philippines sẽ đảm nhận vai trò chủ trì ALMM"
    if main and hit.code not in main and is_record(text, hits[head].start):
        return Judgement("mentioned", firm=True)  # "đến nay Việt Nam đã ký ... với Hàn Quốc"
    if main and hit.code not in main and besides_counterpart(text, hits, i, main):
        return Judgement("mentioned")  # "Ngoài Đức, … cũng nhận hỗ trợ từ Australia"
    if main and hit.code not in main and signed_before_counterpart(text, hits, head, main):
        return Judgement("mentioned")  # "đã ký ... với Hàn Quốc; việc đàm phán với Thái Lan"
    if is_third_country_sharing(text, hits, i, main):
        return Judgement("mentioned", firm=True)  # "đại diện Lào cũng chia sẻ kinh nghiệm"
    local = governing_cue(text, hits, i, head, cues)
    if (not local or local.kind in (*PARTNER_KINDS, "host")) and is_negated(text, hits[head].start):
        return Judgement("mentioned", firm=True)  # "chưa có thỏa thuận nào với Canada"
    cooperating = (
        bool(
            local
            and (local.kind == "partner" or partner_side(text, local, cues))
            and not cues_workers(text, local, hits[head])
        )
        and not ranked_after(text, hit)  # "Nepal với 900 người", "với 56%": ranks, no cooperation
        and not ranked_after(text, hits[list_end(text, hits, i)])  # "Thái Lan và Việt Nam với …"
        and not warned_between(local, hits[head], cues)  # "với lời hứa đưa đi Mỹ"
    ) or hit.code in main
    if hit.code not in main and (
        signs_own_deal(text, hits, head) or signs_with_many(text, hits, i)
    ):
        return Judgement("mentioned", firm=True)  # "Bộ Lao động Hàn Quốc đã ký … với Philippines"
    if cooperating and hit.code not in main and counterpart_deals(text, hits, head, local, main):
        return Judgement("mentioned", firm=True)  # "Mô hình này đã được EU thử nghiệm với Maroc"
    if i in context.ruled_out and not cooperating:
        return Judgement("mentioned", firm=True)  # a scam warning, other nations' workers
    destination = bool(local and local.kind in PARTNER_KINDS)
    if i in context.unless_destination and not (cooperating or destination):
        peer = names_vietnam(text, hits)  # "Ta có 6.000 thuyền viên, trong khi Philippines có"
        return Judgement("mentioned", firm=True, peer=peer)  # or a foreign source's figures
    if local and ranks_by_head_count(text, hit, local) and not vietnam_outranks(text, hits, local):
        return Judgement("partner")  # "Đài Loan đứng thứ hai với 3.510 người": a destination
    if local and local.kind in (*MENTIONED_KINDS, "generic", "cited", "model"):
        return Judgement("mentioned", firm=True, peer=local.kind == "model")
    if local and local.kind == "destination" and is_errand(text, hits[list_end(text, hits, i)].end):
        return Judgement("mentioned", firm=True)  # "sang Thái Lan để nộp hồ sơ xin thị thực"
    if (
        main
        and hit.code not in main
        and partner_kind(hit.code) == "country"
        and (told_by_foreigner(text) or told_by_counterpart(text, hits, main))
        and not vietnam_acts(text, hits, i, cues)
    ):
        return Judgement("mentioned", firm=True)  # "Ông Chea Sophal cho biết, … sang Thái Lan"
    role = cued_role(text, hits, i, local, cues, main)
    weak = (
        role == "partner"
        and partner_kind(hit.code) == "country"
        and not (local and local.kind == "partner")
        and not any(
            c.kind == "partner" and c.end <= hit.start for c in clause_cues(text, hits, i, cues)
        )
    )  # a place word only: "chọn sang Đài Loan", not "ký bản ghi nhớ về phái cử sang Israel"
    return Judgement(role, weak=weak)


def governing_cue(text: str, hits: list[Hit], i: int, head: int, cues: list[Cue]) -> Cue | None:
    """The cue before the list of hit i, else the one right after it, else its actor's; a market
    word before yields to a mentioned or prospect verb the list is the subject of ("các thị trường
    như Thái Lan, Malaysia đang cạnh tranh", "thị trường như Đức, Romania đang có nhu cầu")."""
    before = local_cue(text, place_start(text, hits[head].start), cues)
    market = bool(before and MARKET_NOUN.fullmatch(fold(text), before.start, before.end))
    after = cue_after(text, hits, i, cues) if before is None or market else None
    if before and not (after and after.kind in ("mentioned", "prospect")):
        return before
    return after or actor_cue(text, hits, head, cues)


def names_a_ship(text: str, hit: Hit) -> bool:
    """Whether the name is part of a ship's: "tàu chở hàng Ocean Togo", "tàu hàng Jordan Star 8"
    (not "tàu cá Đài Loan": the ship's country)."""
    before = SHIP_NAME_BEFORE.search(text, 0, hit.start)
    return before is not None and (
        bool(re.search(r"\s[A-Z]", before.group())) or bool(NAME_GOES_ON.match(text, hit.end))
    )


def counterpart_deals(
    text: str, hits: list[Hit], head: int, cue: Cue | None, main: frozenset[str]
) -> bool:
    """Whether a foreign counterpart, a few words before the cooperation cue, is what cooperates
    with the list: "được EU thử nghiệm với Maroc, Tunisia" (its own partners), where Vietnam's
    side takes no part in that deal (see in_the_deal)."""
    if cue is None or vietnamese_people(text):
        return False
    start, end = hits[head].start, hits[list_end(text, hits, head)].end
    if any(hit.code == HOME and in_the_deal(text, hit, start, end) for hit in hits):
        return False  # Vietnam in the deal
    if FUNDING_AFTER.match(fold(text), cue.end):
        return False  # "do ILO thực hiện với kinh phí của EU": the project's donor
    return any(
        hit.code in main
        and hit.end <= cue.start
        and COUNTERPART_ACTS.fullmatch(text, hit.end, cue.start) is not None
        for hit in hits[:head]
    )


def in_the_deal(text: str, home: Hit, start: int, end: int) -> bool:
    """Whether Vietnam's name takes part in the deal with the list from start to end: after it,
    no phrase break between ("…, kinh nghiệm này rất hữu ích đối với Việt Nam" is apart); before
    it, no verb of speech between, whose reported clause is one of its own ("cảm ơn sự giúp đỡ
    của Việt Nam, đồng thời cho biết Lào đang phối hợp với JICA")."""
    if home.start >= end:
        return not PHRASE_BREAK.search(text, end, home.start)
    return not phrase_matcher("speech").search(fold(text), home.end, start)


def signs_own_deal(text: str, hits: list[Hit], head: int) -> bool:
    """Whether the list at head is what a foreign country, the name right before it with no
    Vietnam between, signs or renews a deal with: "Bộ Việc làm và Lao động Hàn Quốc đã ký gia hạn
    bản ghi nhớ EPS với Philippines và Sri Lanka" (its own partners)."""
    if head == 0 or any(hit.code == HOME for hit in hits[head : list_end(text, hits, head) + 1]):
        return False
    signer = hits[head - 1]
    return (
        signer.code != HOME
        and partner_kind(signer.code) == "country"
        and own_deal().fullmatch(fold(text), signer.end, hits[head].start) is not None
    )


def signs_with_many(text: str, hits: list[Hit], i: int) -> bool:
    """Whether a foreign country, in a sentence without Vietnam, signs deals with a number of
    countries: "Philippines đã ký hiệp định an sinh xã hội với khoảng 14 quốc gia"."""
    folded = fold(text)
    deal = own_deal().match(folded, hits[i].end)
    return (
        partner_kind(hits[i].code) == "country"
        and not names_vietnam(text, hits)
        and deal is not None
        and MANY_COUNTRIES.match(folded, deal.end()) is not None
    )


@cache
def own_deal() -> re.Pattern[str]:
    """Between a signer and its counterparts: " đã ký gia hạn bản ghi nhớ EPS với "."""
    aspects = phrase_matcher("aspect").pattern
    return re.compile(
        rf"(?:\s+(?:{aspects}))*\s+{fold('ký')}(?!\w)[^#;:]{{0,60}}?\s{fold('với')}\s+"
    )


def ranks_next_alone(text: str, hits: list[Hit]) -> bool:
    """Whether the sentence is only a list that a ranking goes on with: "Hàn Quốc, Ả Rập Xê Út
    và Malaysia lần lượt đứng sau." (after "Nhật Bản … dẫn đầu")."""
    return (
        not text[: hits[0].start].strip(OPENING)
        and all(hit.code != HOME for hit in hits)
        and RANKS_NEXT.fullmatch(fold(text), hits[list_end(text, hits, 0)].end) is not None
    )


def ranked_behind(text: str, head: Hit, hit: Hit) -> bool:
    """Whether the list is what a ranking puts first, or after a share what it outranks, with no
    count of its own: "chỉ sau Trung Quốc", "chiếm hơn 50% tổng số …, trên Indonesia", not "chỉ
    sau Nhật Bản với 72.000 lao động"."""
    folded = fold(text)
    ranking = BEHIND_BEFORE.search(folded, 0, head.start) or (
        "%" in text[: head.start] and ABOVE_BEFORE.search(folded, 0, head.start)
    )
    return bool(ranking) and not counted_after(text, hit)


def ranks_a_destination(text: str, hits: list[Hit], head: int) -> bool:
    """Whether what the ranking before the list ranks is a destination of the workers counted,
    its count right after it, Vietnam not named before it: "toàn tỉnh có 5.460 người đi làm việc ở
    nước ngoài, trong đó số lao động đi Romania là 212 người, đứng thứ tư sau |Nhật Bản" (other
    destinations of them); not "người Việt Nam cư trú tại Hàn Quốc, đứng thứ hai sau |Thái Lan"
    (other nations' people), nor "Đài Loan tiếp nhận 58.598 lao động Việt Nam, đứng thứ hai sau
    |Nhật Bản" (a ranking of markets)."""
    before = [hit for hit in hits[:head] if hit.code != HOME]
    if not before or partner_kind(before[-1].code) != "country":
        return False
    ranked, folded = before[-1], fold(text)
    return (
        DESTINATION_COUNT.match(folded, ranked.end) is not None
        and DESTINATION_BEFORE.search(folded, 0, ranked.start) is not None
        and not any(hit.code == HOME for hit in hits if hit.end <= ranked.start)
    )


def warned_between(cue: Cue | None, hit: Hit, cues: list[Cue]) -> bool:
    """Whether a warning cue stands between a cue and the name it governs: "thu tiền với lời
    hứa đưa đi Mỹ" is a scam's promise, not cooperation."""
    return cue is not None and any(
        c.kind == "warning" and cue.end <= c.start < hit.start for c in cues
    )


def heads_foreign_name(end: int, hits: list[Hit], cooperation: list[Cue]) -> bool:
    """Whether an actor word ending at end heads the name of a foreign body, no cooperation cue
    between it and the next name: "Bộ Lao động Campuchia", not "Bộ đã ký … với Israel"."""
    following = [hit.start for hit in hits if hit.start >= end]
    if not following:
        return False
    return not any(end <= c.start and c.end <= following[0] for c in cooperation)


def own_workers(text: str, hits: list[Hit]) -> list[Hit]:
    """Vietnam's names that a worker noun and its qualifiers stand right before: "lao động nông
    nghiệp Việt Nam"."""
    return [
        hit
        for hit in hits
        if hit.code == HOME
        and any(
            ends_with_worker_noun(text, noun, cue_words("worker"))
            for noun in without_qualifiers(text[: hit.start].rstrip())
        )
    ]


def vietnam_acts(text: str, hits: list[Hit], i: int, cues: list[Cue]) -> bool:
    """Whether Vietnam's side comes before a cooperation cue that comes before hit i ("Thứ
    trưởng đã gặp song phương với Bộ trưởng … Malaysia", "Bộ đã ký kết … với Israel", "bà Nguyễn
    Thị Hạnh Nhân đã có buổi gặp với đại diện Chile"), Vietnam's workers are named, or a
    representative lets the name speak for itself ("Chính phủ Đức đã tài trợ", "phía Nhật Bản")."""
    start = hits[i].start
    folded = fold(mask(text, hits))
    cooperation = [c for c in cues if c.kind in PARTNER_KINDS and c.end <= start]
    home_actors = (
        [] if told_by_foreigner(text) else phrase_matcher("home_actor").finditer(folded, 0, start)
    )  # "Ông Chea Sophal cho biết, tỉnh có …": his own province
    actors = [
        *(hit.start for hit in hits if hit.code == HOME),
        *(m.start() for m in home_actors if not heads_foreign_name(m.end(), hits, cooperation)),
        *vietnamese_people(text),
    ]
    if any(actor < cue.start for actor in actors for cue in cooperation) or own_workers(text, hits):
        return True  # or Vietnam's workers: "Israel, quốc gia đang tiếp nhận lao động Việt Nam"
    head = hits[list_heads(text, hits)[i]].start
    if acts_jointly(text, folded, hits, i, cues):
        return True  # "Cục Cảnh sát hình sự và Tổng cục Cảnh sát quốc gia Campuchia đã ký kết"
    speaks = speaker_before().search(folded[:head])
    return bool(speaks) and any(c.kind in PARTNER_KINDS for c in cues)


def acts_jointly(text: str, folded: str, hits: list[Hit], i: int, cues: list[Cue]) -> bool:
    """Whether Vietnam's side and the list of hit i, joined by "và", are the subject of a
    cooperation cue right after the list: "Cục Cảnh sát hình sự và Tổng cục Cảnh sát quốc gia
    Campuchia đã ký kết …"."""
    head = hits[list_heads(text, hits)[i]].start
    end = hits[list_end(text, hits, i)].end
    if told_by_foreigner(text) or not any(
        c.kind in PARTNER_KINDS and c.start >= end and governs(folded[end : c.start], 2)
        for c in cues
    ):
        return False
    actors = [
        *(hit.end for hit in hits if hit.code == HOME and hit.end <= head),
        *(m.end() for m in phrase_matcher("home_actor").finditer(folded, 0, head)),
    ]
    return any(JOINED.fullmatch(folded, actor, head) for actor in actors)


@cache
def speaker_before() -> re.Pattern[str]:
    """A representative or a title right before a name: "Chính phủ |Đức", "Đại sứ |Pháp"."""
    words = rf"{phrase_matcher('representative').pattern}|{phrase_matcher('title').pattern}"
    return re.compile(rf"(?:{words})\s*$")


def is_cited_source(text: str, hits: list[Hit], head: int) -> bool:
    """Whether an organisation's list opens the sentence as the source of what it says: "Theo
    Ngân hàng Thế giới (WB), …", "Theo số liệu mới nhất của IOM, …", or a clause after a comma
    ("Trên phạm vi cả nước, theo Ngân hàng Thế giới, …"), or its representative ("Theo đại diện
    Cơ quan Xuất nhập cảnh … Nhật Bản, …"); not "Theo đó, KOICA sẽ tài trợ …" nor
    "Theo thỏa thuận với HRD Korea"."""
    if partner_kind(hits[head].code) == "country":
        return False  # "Theo phía Hàn Quốc, …": a country's side speaks for itself
    before = fold(text[: hits[head].start])
    return bool(cited_opening().fullmatch(before, before.rfind(",") + 1))


@cache
def cited_opening() -> re.Pattern[str]:
    """ "Theo", or a source noun ("báo cáo", "số liệu") of someone, "Theo" before it or not:
    "Theo khảo sát năm 2023 của", "Báo cáo về di cư và phát triển của"."""
    source, noun = phrase_matcher("source").pattern, phrase_matcher("source_noun").pattern
    of_someone = rf"(?:{noun})(?:\s+\S+){{0,{SOURCE_TITLE_WORDS}}}?\s+của"
    spoken = rf"(?:\s+{fold('đại diện')})?"  # "Theo đại diện Cơ quan … Nhật Bản, …"
    return re.compile(rf"\W*(?:(?:{source})(?:\s+{of_someone}|{spoken})|{of_someone})\s*")


def moves_on_from(text: str, hits: list[Hit], i: int, head: int) -> bool:
    """Whether the list at hit head is where a move to another foreign country starts: "Từ Đài
    Loan, Nhật Bản sang Séc", "từ Pháp sang Anh" (not "từ Lào sang Việt Nam": origins)."""
    if not FROM_BEFORE.search(fold(text), 0, hits[head].start):
        return False
    end = list_end(text, hits, i)
    onward = MOVE_ON.match(fold(mask(text, hits)), hits[end].end)
    goal = hits[end + 1] if onward and end + 1 < len(hits) else None
    return goal is not None and goal.code != HOME  # the masked name MOVE_ON ends on


def is_programme_source(text: str, hits: list[Hit], head: int) -> bool:
    """Whether the list at hit head names some of a programme's countries, Vietnam not among
    them: "chương trình RSE chủ yếu tiếp nhận lao động từ 9 quốc đảo Thái Bình Dương như Fiji,
    Samoa", "chương trình này đang áp dụng với 9 quốc gia, trong đó có Ấn Độ"; not after a
    semicolon ("theo Chương trình EPS; số còn lại đi các nước châu Âu như Romania")."""
    start = hits[head].start
    folded = fold(text)  # fold keeps length: its prefix is the prefix's fold
    programme = folded.rfind("chương trình", 0, start)
    if (
        programme < 0
        or ";" in folded[programme:start]
        or any(hit.code == HOME and hit.start > programme for hit in hits)
    ):
        return False  # most lists: no programme, or Vietnam among its countries
    return bool(PROGRAMME_COUNTRIES.search(folded, 0, start))


def told_by_counterpart(text: str, hits: list[Hit], main: frozenset[str]) -> bool:
    """Whether the counterpart's side says what the sentence reports, its own dealings: "Phía Lào
    cũng cho biết đang phối hợp với Thái Lan"."""
    folded = fold(text)
    speech = phrase_matcher("speech").search(folded)
    side = SIDE_SPEAKING.fullmatch(folded, 0, speech.start()) if speech else None
    if side is None or side.start("name") < 0:
        return side is not None  # "Phía bạn cho biết"
    speaker = hits[0]
    return (speaker.start, speaker.end) == side.span("name") and speaker.code in main


def holds_capacity(folded: str, hits: list[Hit], observer: Cue, start: int) -> bool:
    """Whether the name at start holds the observer's capacity named before it: right after
    "của" or "đến từ", or further on in its list ("các quan sát viên đến từ ILO, EU và một số nước
    vùng Vịnh như |Qatar")."""
    return bool(OF_BEFORE.match(folded, observer.end, start)) and (
        OF_BEFORE.fullmatch(folded, observer.end, start) is not None
        or names_in_each_phrase(folded, hits, observer.end, start)
    )


def attends_as_observer(text: str, hits: list[Hit], i: int, cues: list[Cue]) -> bool:
    """Whether an observer's or a guest's capacity later in its phrase is the name's, the name
    coming before the verb of attending: "Đại diện ILO và IOM dự phiên khai mạc với tư cách quan
    sát viên", or the capacity's holder after it ("có sự tham gia với tư cách quan sát viên của
    ILO"), not "Thứ trưởng dự Hội nghị G20 với tư cách khách mời"."""
    observers = [c for c in cues if c.kind == "observer"]
    if not observers:
        return False  # most sentences: no observer
    folded = fold(text)
    start, end = hits[list_heads(text, hits)[i]].start, hits[list_end(text, hits, i)].end
    if any(holds_capacity(folded, hits, c, start) for c in observers):
        return True  # "với tư cách quan sát viên của |ILO"
    observers = [c for c in observers if c.start >= hits[i].end]
    if not observers:
        return False  # no observer after the name
    phrase_start = max((m.end() for m in PHRASE_BREAK.finditer(folded, 0, start)), default=0)
    attends = ATTENDS.search(folded, phrase_start, start)
    if (
        (attends and not folded.startswith(ATTENDED_BY, attends.end()))
        or NOT_A_GUEST.search(folded, phrase_start, start)
        or VENUE_BEFORE.search(folded, 0, start)
    ):
        return False  # "dự Hội nghị G20 với tư cách khách mời", "tại Hiroshima, Nhật Bản ..."
    return any(
        (
            not PHRASE_BREAK.search(folded, end, c.start)
            or folded[end : c.start].strip() == ","
            or names_in_each_phrase(folded, hits, end, c.start)
        )
        and not INVITES.search(folded, end, c.start)
        and not ATTENDED_BY_OTHERS.search(folded, end, c.start)
        for c in observers
    )  # "ILO và IOM dự … với tư cách quan sát viên", "Timor-Leste, quan sát viên của ASEAN, dự"


def names_in_each_phrase(folded: str, hits: list[Hit], start: int, end: int) -> bool:
    """Whether every comma-separated phrase of folded[start:end] holds a name, so that it goes on
    listing the subjects: "UN Women|, Văn phòng Cao ủy … và Đại sứ quán Australia, Canada cũng
    tham dự| với tư cách khách mời"."""
    bounds = [start, *(start + m.end() for m in re.finditer(",", folded[start:end])), end]
    return ";" not in folded[start:end] and all(
        any(left <= hit.start < right for hit in hits)
        for left, right in itertools.pairwise(bounds)
        if folded[left:right].strip(" ,;")
    )


def attends_multilateral(text: str, hits: list[Hit], i: int, head: int) -> bool:
    """Whether hit i, in the list at hit head, attends a multilateral meeting: a country that the
    sentence names with the forum or its members ("Hội nghị … ASEAN với sự tham dự của đoàn
    Brunei, Myanmar", "đại biểu từ 15 nền kinh tế thành viên như Chile, Peru") or among
    MANY_ATTENDING countries or more ("sự tham dự của đại biểu đến từ Campuchia, Lào, Thái
    Lan"), that says it attends ("Đoàn đại biểu Campuchia, Lào … cũng tham dự"), or an
    organisation that attends (see organisation_attends); any name of a sentence
    listing guests ("Dự hội nghị còn có Bộ trưởng các nước Thái Lan, … cùng đại diện ILO")."""
    if GUESTS_OPENING.match(fold(text)):
        return True
    if not ("tham" in fold(text) or "đại biểu" in fold(text)):
        return False  # most lists: no attendance
    folded = fold(mask(text, hits))
    if joins_members(folded, hits[head].start):
        return True
    if partner_kind(hits[i].code) != "country":
        return organisation_attends(folded, hits, head, list_end(text, hits, i))
    if ATTENDING.match(folded, hits[list_end(text, hits, i)].end):
        return True  # "Đoàn đại biểu Campuchia, Lào, Myanmar và Thái Lan |cũng tham dự"
    attendance = ATTENDANCE.search(folded, 0, hits[head].start)
    # "Tham dự hội thảo có … chuyên gia đến từ Hoa Kỳ, Chile và đại diện Ban Thư ký APEC"
    if ATTENDANCE_OPENING.match(folded) and ATTENDEES_FROM.search(folded, 0, hits[head].start):
        return any(partner_kind(h.code) != "country" for h in hits)
    if len({h.code for h in hits} - {HOME}) >= MANY_ATTENDING:
        return bool(attendance or ATTENDEES_JOINING.search(folded, 0, hits[head].start))
    return bool(attendance) and (
        "thành viên" in attendance.group() or any(partner_kind(h.code) != "country" for h in hits)
    )


def joins_members(folded: str, start: int) -> bool:
    """Whether the name at start comes after a forum's members in the list of those attending:
    "có sự tham gia của quan chức … 10 nước thành viên ASEAN, đại diện Ban Thư ký ASEAN và
    |Timor-Leste", "sự tham dự của đại diện 53 thành viên ASEM, gồm …, |Liên minh châu Âu"; not
    a role of its own after them ("…, cùng Tổ chức Di cư Quốc tế (IOM) với vai trò Ban Thư ký",
    "…, do Cơ quan Phát triển và Hợp tác Thụy Sĩ (SDC) tài trợ")."""
    attendances = list(ATTENDED_BY_OTHERS.finditer(folded, 0, start))
    members = folded.rfind("thành viên", attendances[-1].end(), start) if attendances else -1
    gap = folded[members:start]
    return members >= 0 and not re.search(r"[;:]|(?<!\w)(?:cùng|do|với)(?!\w)", gap)


def acts_apart(code: str, main: frozenset[str]) -> bool:
    """Whether the name is neither a counterpart nor an agency acting for one (HRD Korea beside
    Korea)."""
    return code not in main and agency_countries().get(code) not in main


def organisation_attends(folded: str, hits: list[Hit], head: int, end: int) -> bool:
    """Whether the organisations of a list attend a meeting: a sentence that opens with "Tham
    dự" names them ("Tham dự có … cùng đại diện IOM, UN Women"), the attendance is theirs ("với
    sự tham dự của đại diện ILO", "…, cùng các chuyên gia của ILO") or they are its subject ("…
    như ILO, IOM cũng tham dự")."""
    return bool(
        ATTENDANCE_OPENING.match(folded)
        or ATTENDANCE.search(folded, 0, hits[head].start)
        or ORGANISATIONS_ATTENDING.search(folded, 0, hits[head].start)
        or ATTENDEES_JOINING.search(folded, 0, hits[head].start)
        or ATTENDING.match(folded, hits[end].end)
    )


def cues_workers(text: str, cue: Cue, hit: Hit) -> bool:
    """Whether only a worker noun, and where they come from, stands between the cue and the
    name: "cùng với thuyền viên Indonesia", "với lao động đến từ Thái Lan" go with those
    workers, not with their country."""
    return bool(workers_of().fullmatch(fold(text[cue.end : hit.start]).strip()))


@cache
def workers_of() -> re.Pattern[str]:
    """A worker noun, a count before it or not, then "(đến) từ" or nothing: "thuyền viên", "hơn
    35.000 người đến từ", "hàng chục lao động"; or a people noun: "làm với người Hàn"."""
    workers = phrase_matcher("worker").pattern
    words = (
        rf"(?:{fold('hàng')}\s+\w+|{fold('nhiều')}|{fold('một số')}|{fold('các')}|{fold('những')})"
    )
    count = rf"(?:(?:\w+\s+)?\d[\d.,]*\s+|{words}\s+)?"
    return re.compile(
        rf"{count}(?:{workers}|người)(?:\s+(?:đến\s+)?từ)?|{phrase_matcher('people').pattern}"
    )


def cued_role(
    text: str, hits: list[Hit], i: int, local: Cue | None, cues: list[Cue], main: frozenset[str]
) -> str:
    """The role from the cue governing the name, the sentence's cues and the main counterparts."""
    hit = hits[i]
    if local and local.kind == "host":
        if hit.code in main or (
            (works_there(text, hit.start) or hosts_vietnamese_workers(text, hits, i))
            and not compared_before(text, hits, i, cues)
        ):
            return "partner"
        if any(c.kind == "event" for c in cues):
            return "host"
    elif local:
        return "partner"
    if government_funds(text, hits, i):
        return "partner"  # "Chính phủ Hàn Quốc thông qua Quỹ … sẽ viện trợ thêm 1,5 triệu USD"
    if main and hit.code not in main and is_third_party(hit, hits, main):
        return "mentioned"  # a frame or a third country beside the article's counterpart
    nearest = nearest_cue(hit, clause_cues(text, hits, i, cues))
    background = any(c.kind == "background" for c in cues)
    if nearest is None and hit.code in agency_countries() and not background:
        return "partner"  # "PIBA sẽ trực tiếp tổ chức thi tay nghề": an agency acts
    if hit.code in main:
        return "mentioned" if nearest and nearest.kind in NO_PARTNER_KINDS else "partner"
    return "partner" if nearest and nearest.kind not in NO_PARTNER_KINDS else "mentioned"


def government_funds(text: str, hits: list[Hit], i: int) -> bool:
    """Whether the government of hit i is the subject of a verb of funding later in its clause:
    "Chính phủ Hàn Quốc thông qua Quỹ e-Asia do ADB quản lý sẽ viện trợ", not "Chính phủ Lào
    đánh giá cao dự án do ADB tài trợ" (another's funding)."""
    if not fold(text[: hits[i].start]).endswith(fold("chính phủ ")):
        return False  # most names: no government
    masked = fold(mask(text, hits))
    funding = GOVERNMENT_FUNDS.match(masked, hits[i].end)
    return bool(funding) and not FUNDED_BY.search(masked, hits[i].end, funding.start("verb"))


def compared_before(text: str, hits: list[Hit], i: int, cues: list[Cue]) -> bool:
    """Whether a comparison stands before the workers at the name's venue, in its phrase:
    "khiêm tốn so với số lao động Việt Nam làm việc trong ngành đóng tàu ở Nhật Bản"."""
    folded = fold(text)
    return any(
        c.kind in MENTIONED_KINDS
        and not PHRASE_BREAK.search(text, c.end, hits[i].start)
        and phrase_matcher("worker").search(folded, c.end, hits[i].start)
        for c in clause_cues(text, hits, i, cues)
        if c.end <= hits[i].start
    )


def place_start(text: str, start: int) -> int:
    """Where the place a bracketed country qualifies begins, so the country takes the place's
    cue: "tổ chức ở Bangkok (Thái Lan)", "tại thủ đô Colombo (Sri Lanka)" are venues, "hợp tác
    với tỉnh Attapeu (Lào)" a counterpart; a place noun's start when the name follows one ("tại
    thủ đô Viêng Chăn"); start itself otherwise."""
    bracket = opening_bracket(text, start)
    if bracket is None:
        noun = place_noun().search(fold(text[:start]))
        if noun:
            return noun.start()  # "tại thủ đô Viêng Chăn"
        return city_start(text, start) or start
    place = bracket
    for _ in range(PLACE_NAME_WORDS):
        word = re.search(r"(?<!\S)(\S+)\s*$", text[:place])
        if not word or not word.group(1)[0].isupper():
            break
        place = word.start(1)
    if place == bracket:
        return start
    noun = place_noun().search(fold(text[:place]))
    return noun.start() if noun else place


def city_start(text: str, start: int) -> int | None:
    """Where a foreign venue's city starts, in a sentence that names an organisation or a forum,
    when a comma parts it from the country at start and no partner is named in it: "tại |Manila,
    Philippines, Diễn đàn ASEAN …", not "tại Đài Loan, Nhật Bản" (a list) nor "tại Huế, Nhật Bản
    và Việt Nam ký" (a Vietnamese venue, then the subject)."""
    if not text[:start].rstrip().endswith(","):
        return None  # most names: no comma right before them
    venue = VENUE_BEFORE.search(fold(text), 0, start)
    hits = named_hits(text)
    if (
        not venue
        or all(partner_kind(h.code) == "country" for h in hits)
        or any(venue.start("city") <= h.start < start for h in hits)
        or not any(h.start == start and partner_kind(h.code) == "country" for h in hits)
        or starts_vietnamese_place(text, venue.start("city"))
    ):
        return None
    return venue.start("city")


def opening_bracket(text: str, end: int) -> int | None:
    """Where the "(" stands that only spaces part from end, if one does: "Bangkok (|Thái Lan"."""
    before = text[:end].rstrip()
    return len(before) - 1 if before.endswith("(") else None


@cache
def place_noun() -> re.Pattern[str]:
    """A common noun before a place's proper name: "tại thủ đô Colombo (Sri Lanka)", "tại thủ đô
    của Malaysia"."""
    return re.compile(rf"{phrase_matcher('place_noun').pattern}(?:\s+{fold('của')})?\s*$")


def heads_worker_count(text: str, hit: Hit) -> bool:
    """Whether the name opens a line that counts workers for it: "- Nhật Bản: 17.815 lao
    động", "Đài Loan (Trung Quốc): 14.210 người"."""
    return at_sentence_start(text, hit.start) and bool(
        counted_workers().match(fold(text[hit.end :]))
    )


def has_share(text: str, hits: list[Hit], i: int) -> bool:
    """Whether the list of hit i has a share of a count of workers or cases in the sentence: a
    percent (or, in a sentence of no number, a fraction) after one of its names ("Hàn Quốc (27%),
    Nhật Bản và Đài Loan", "Nhật Bản chiếm 31%") or "phần còn lại" before it, beside such a
    percent ("phần còn lại chủ yếu tại Hàn Quốc"); a bare percent shares the count of the sentence
    before ("Đài Loan chiếm 27%, còn lại là …", "Trong đó, Nhật Bản chiếm gần một nửa, …")."""
    folded = fold(mask(text, hits))
    bare_fraction = not re.search(r"\d", text) and re.search(fractions(), folded)
    if "%" not in text and not bare_fraction:
        return False  # most sentences: no share of anything
    if not (counts_people(folded) or bare_share().search(folded)):
        return False  # a share of trade or of a rate, not of people
    head, last = list_heads(text, hits)[i], list_end(text, hits, i)
    if any(share_after().match(folded, hit.end) for hit in hits[head : last + 1]):
        return True
    start = place_start(text, hits[head].start)
    return any(
        rest.end() <= start and governs(folded[rest.end() : start], LOCAL_CUE_WORDS)
        for rest in phrase_matcher("share").finditer(folded)
    ) and any(share_after().match(folded, hit.end) for hit in hits)


def counts_people(folded: str) -> bool:
    """Whether a folded sentence names workers or cases."""
    return bool(phrase_matcher("worker").search(folded) or phrase_matcher("counted").search(folded))


@cache
def share_after() -> re.Pattern[str]:
    """A share right after a name, in brackets or after "chiếm": " (chiếm 38%)", " chiếm 31%",
    " chiếm gần một nửa"."""
    return re.compile(rf"\s*\(?\s*(?:(?:{phrase_matcher('share').pattern})\s+)?{share()}")


@cache
def share_in_brackets() -> re.Pattern[str]:
    """A bracketed share: "(chiếm 38%)", "(27%)", "(một phần ba)"."""
    return re.compile(rf"\(\s*(?:(?:{phrase_matcher('share').pattern})\s+)?{share()}\s*\)")


def counted_after(text: str, hit: Hit) -> bool:
    """Whether people are counted right after the name: "Hàn Quốc với 356 người"."""
    return bool(counted_people().match(fold(text), hit.end))


@cache
def counted_people() -> re.Pattern[str]:
    """A count of people right after a name: " với 356 người", " (khoảng 1.208 lao động)"."""
    return re.compile(count_opening() + heads_counted().pattern)


@cache
def counted_item_gap() -> re.Pattern[str]:
    """The count of a list's item before the next one's name, its noun left out or not: " với
    397.918 người và ", " 5.212 lao động, ", " (1.208 người) và ", " 4.673, "."""
    item = rf"(?:{heads_counted().pattern}|\d[\d.,]*)"
    return re.compile(rf"{count_opening()}{item}\s*\)?\s*(?:,\s*|\s(?:và|hoặc)\s+)")


@cache
def approximately() -> str:
    """The words before a number that say how exact it is (qualifiers.csv), folded as the text
    they meet is ("khoảng" is "khỏang" there)."""
    return word_alternation([fold(word) for word in number_qualifiers()])


def count_opening() -> str:
    """What may open a count after a name: " với khoảng |356", " (|1.208"."""
    return rf"\s*\(?\s*(?:với\s+)?(?:(?:{approximately()})\s+)?"


def share() -> str:
    """A percent or a fraction, its qualifier or none: "38%", "khoảng 27,5 %", "gần một nửa"."""
    return rf"(?:(?:{approximately()})\s+)?(?:\d[\d.,]*\s*%|{fractions()})"


@cache
def fractions() -> str:
    """The fractions of scales.csv ("một nửa", "hai phần ba"), folded."""
    return word_alternation([fold(word) for word in fraction_words()])


@cache
def bare_share() -> re.Pattern[str]:
    """A share right after a name, of the count before: "# chiếm 27%,", "# chiếm gần một nửa,"."""
    return re.compile(rf"#\s*\(?\s*{fold('chiếm')}\s+{share()}\s*[,;.)]")


def place_word_before(folded: str, start: int) -> bool:
    """Whether a place word ("tại", "ở", "sang") stands right before start: "sang |Đức"."""
    return bool(located_before().search(folded, 0, start))


@cache
def located_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{phrase_matcher('located').pattern})\s+$")


@cache
def counted_workers() -> re.Pattern[str]:
    """A colon, a number with at most one word around it, then a worker noun."""
    return re.compile(WORKER_COUNT + f"(?:{phrase_matcher('worker').pattern})")


def is_company_origin(text: str, start: int) -> bool:
    """Whether the name, in brackets or after "của", follows a company word and its capitalised
    name: "tập đoàn Linglong (Trung Quốc)", "hãng Emirates của UAE", not "doanh nghiệp ở tỉnh
    Aichi (Nhật Bản)" nor "doanh nghiệp của Nhật Bản"."""
    preceding = text[:start].rstrip()
    if CAPITAL_OF.search(preceding):
        return True  # "Công ty … Thái Dương (vốn Singapore)": its capital's country
    if not preceding.endswith(("(", "của")):
        return False  # most names: neither in brackets nor after "của"
    bracket = COMPANY_OWNER.search(text[:start])
    if not bracket:
        return False
    before = text[: bracket.start()].rstrip()
    name_start = len(before)
    for _ in range(COMPANY_NAME_WORDS):
        word = re.search(r"(?<!\S)(\S+)\s*$", before[:name_start])
        if not word or not (word.group(1)[0].isupper() or word.group(1)[0].isdigit()):
            break
        name_start = word.start(1)
    return name_start < len(before) and company_before(text, name_start)


def is_foreign_company_abroad(text: str, hits: list[Hit], head: int) -> bool:
    """Whether the list at hit head qualifies a company word before it ("tập đoàn Hàn Quốc", "công
    ty xây dựng của Trung Quốc", "tập đoàn có trụ sở tại Áo") in a sentence that names another
    foreign country, where the work is ("... cho dự án tại Saudi Arabia", "32 doanh nghiệp Hàn
    Quốc ... cùng doanh nghiệp Nhật Bản, Đài Loan") or working in Vietnam ("doanh nghiệp Nhật Bản
    tại Khu công nghiệp Thăng Long"); "cung ứng lao động cho doanh nghiệp Đài Loan" names the
    destination."""
    if not company_before(text, hits[head].start):
        return False
    if in_vietnam().match(fold(text), hits[list_end(text, hits, head)].end):
        return True  # "doanh nghiệp Nhật Bản tại Khu công nghiệp Thăng Long": firms in Vietnam
    mates = set(range(head, list_end(text, hits, head) + 1))
    return any(j not in mates and is_foreign_country(hit) for j, hit in enumerate(hits))


@cache
def in_vietnam() -> re.Pattern[str]:
    """ "tại" or "ở", then Vietnam or an estate's name ("tại Khu công nghiệp Thăng Long")."""
    home, estate = written_names(HOME).pattern, phrase_matcher("place_named").pattern
    return re.compile(rf"\s*(?:đang\s+hoạt\s+động\s+)?(?:tại|ở)\s+(?:các\s+)?(?:{home}|{estate})")


def company_before(text: str, start: int) -> bool:
    """Whether a company word, at most four lower-case words of its trade, then "của", "có trụ
    sở tại", "đăng ký tại" or nothing, stand right before start."""
    return bool(company_owner().search(fold(text), 0, start))


def owns_company(text: str, start: int) -> bool:
    """Whether a company word and its owner's country stand right before start ("một tập đoàn
    Hàn Quốc", "nhà thầu có trụ sở tại"), not a company workers are supplied to or work for
    ("cung ứng lao động cho doanh nghiệp Đài Loan" names a destination)."""
    folded = fold(text)
    company = company_owner().search(folded, 0, start)
    if company is None:
        return False
    return bool(OWNER_WORDS.search(company.group())) or not SERVED.search(
        folded, 0, company.start()
    )


def crews_counted(text: str, hits: list[Hit], head: int, end: int) -> bool:
    """Whether the seafarers a sentence counts sail for the shipowners' country of the list at
    head, up to end, making it their destination: a head count in the phrase after it ("chủ tàu
    Hàn Quốc 285 người"); a share of a count before it in its phrase ("số còn lại làm việc cho
    các chủ tàu Hy Lạp", "phần lớn làm việc cho các chủ tàu Hàn Quốc", "tiếp theo là chủ tàu
    Singapore"); or the shipowners opening a sentence that counts heads ("Các chủ tàu Nhật Bản
    sử dụng nhiều nhất, khoảng 2.450 người"). Not another country's seafarers ("Philippines cung
    cấp …, phần lớn làm việc cho các chủ tàu Hy Lạp")."""
    folded = fold(text)
    start = hits[head].start
    if any(hit.code != HOME and SUBJECT_OPENING.fullmatch(folded, 0, hit.start) for hit in hits):
        return False  # another country's own seafarers
    after = PHRASE_BREAK.split(folded[end:], maxsplit=1)[0]
    before = PHRASE_BREAK.split(folded[:start])[-1]
    return bool(
        heads_counted().search(after)
        or CREW_SHARE.search(before)
        or (OWNERS_OPENING.fullmatch(folded, 0, start) and heads_counted().search(folded, end))
    )


@cache
def company_owner() -> re.Pattern[str]:
    company = alternation(cue_words("company"), SEPARATOR).pattern
    trade = rf"(?!{PLACE_WORDS}(?!\w))[a-zà-ỹđ]+"  # "xây dựng", not "tại", "sang"
    return re.compile(
        rf"(?<!\w)(?i:{company})(?:\s+{trade}){{0,4}}?(?:\s+(?:của|(?:có\s+trụ\s+sở|đăng\s+ký)\s+(?:tại|ở)))?\s*$"
    )


def hosts_vietnamese_workers(text: str, hits: list[Hit], i: int) -> bool:
    """Whether Vietnam's workers, or workers opening their clause, stand right before the venue
    word of hit i: "lao động Việt Nam tại Malaysia", "người lao động Việt Nam ở Osaka (Nhật
    Bản)", "Trong đó, lao động tại Nhật Bản gửi về nhiều nhất"."""
    venue = place_start(text, hits[i].start)
    return bool(clause_workers().search(fold(text[:venue]))) or any(
        hit.code == HOME
        and len(text[hit.end : venue].split()) == 1
        and ends_with_worker_noun(text, text[: hit.start], cue_words("worker"))
        for hit in hits
    )


@cache
def clause_workers() -> re.Pattern[str]:
    """A worker noun opening its clause, then one venue word, at the end of a text."""
    workers = phrase_matcher("worker").pattern
    return re.compile(rf"(?:^|[,;:]|\blà)\s*(?:{workers})\s+\S+\s*$")


def names_member_states(text: str, hit: Hit) -> bool:
    """Whether an organisation or framework qualifies a country noun right before it, so that it
    names its member states, not itself: "các nước ASEAN", "14 nền kinh tế thành viên APEC", "các
    nước EU"."""
    if partner_kind(hit.code) == "country":
        return False
    return bool(set(words_before(text, hit.start, 5)) & cue_words("members"))


def lists_member_states(text: str, hits: list[Hit], head: int) -> bool:
    """Whether the country list at head names some member states of a framework right before it
    ("đại biểu đến từ 14 nền kinh tế thành viên APEC, trong đó có Chile, Peru", "18 nước thành
    viên, trong đó có Philippines"): attendees of the framework's meeting, not counterparts of
    their own; not the members Vietnam deals with ("ký với 3 nước ASEAN gồm Lào, …")."""
    if partner_kind(hits[head].code) != "country":
        return False
    folded = fold(text)
    if head > 0 and names_member_states(text, hits[head - 1]):
        members = hits[head - 1].start
        listed = MEMBERS_LISTED.fullmatch(folded, hits[head - 1].end, hits[head].start)
    elif counted := MEMBERS_COUNTED.search(folded, 0, hits[head].start):
        members, listed = counted.start(), counted
    else:
        return False  # most lists: no members named before them
    return bool(listed) and not {"với", "cùng"} & set(folded[:members].split()[-MEMBER_WORDS:])


def flies_open_flag(text: str, head: Hit) -> bool:
    """Whether a ship flies the flag of an open register (data/reference/flags_of_convenience.csv):
    "mang cờ Panama", not a fishing fleet's own flag ("tàu cá mang cờ Hàn Quốc")."""
    return head.code in open_registers() and bool(FLAG_BEFORE.search(fold(text), 0, head.start))


@cache
def open_registers() -> frozenset[str]:
    return frozenset(row["code"] for row in read_table("flags_of_convenience"))


def names_outsiders(text: str, hit: Hit) -> bool:
    """Whether a bloc bounds the noun before it, from outside or inside: "lao động (đến từ) ngoài
    EU", "các nước ngoài khối EU", "nước khác trong khối EU", "thấp nhất EU" (not a sentence's
    "Ngoài EU, …": besides)."""
    return partner_kind(hit.code) != "country" and bool(
        OUTSIDE_BEFORE.search(fold(text), 0, hit.start)
    )


def is_record(text: str, start: int) -> bool:
    """Whether the name comes after a cumulative record's opening: "đến nay Việt Nam đã ký 2
    hiệp định ... với Hàn Quốc và Nhật Bản" (Vietnam's record, not this article's cooperation);
    not the end of a period ("từ đầu năm đến nay"), nor this year's deals ("trong năm Việt Nam
    đã ký"), nor a name's end ("Trường Đại học Hàng hải Việt Nam đã ký …")."""
    folded = fold(text)
    return any(
        not PERIOD_START.search(folded, 0, record.start())
        and not THIS_PERIOD.search(folded, 0, record.start())
        and not in_own_name(text, folded, record.start())
        for kind in ("record", "talks")
        for record in phrase_matcher(kind).finditer(folded, 0, start)
    )


def in_own_name(text: str, folded: str, start: int) -> bool:
    """Whether Vietnam's name at start ends a Vietnamese body's name: "Trường Đại học Hàng hải
    Việt Nam đã ký …"."""
    return folded.startswith(fold("việt nam"), start) and bool(
        BODY_NAME_BEFORE.search(text, 0, start)
    )


def signed_before_counterpart(text: str, hits: list[Hit], head: int, main: frozenset[str]) -> bool:
    """Whether the list at hit head follows a past signing in a sentence that then turns, in a
    clause of its own, to an article's counterpart, or to talks under way: "Việt Nam đã ký hiệp
    định với Hàn Quốc, Nhật Bản; việc đàm phán với Thái Lan …", "đã ký với Hàn Quốc và đang đàm
    phán với Nhật Bản" (Vietnam's record, set beside this article's cooperation); not "đã ký với
    ILO chương trình hỗ trợ lao động sang Hàn Quốc" (the signing reported)."""
    end = hits[list_end(text, hits, head)].end
    folded = fold(text)
    breaks = [after for _, after in clause_breaks(fold(mask(text, hits))) if after >= end]
    turns = any(
        hit.code in main and any(after <= hit.start for after in breaks) for hit in hits
    ) or phrase_matcher("talks").search(folded, end)
    if not turns:
        return False  # most lists: no counterpart nor other talks after them
    return reached_by(folded, "signed", hits[head].start, CLAUSE_WORDS)


def besides_counterpart(text: str, hits: list[Hit], i: int, main: frozenset[str]) -> bool:
    """Whether a phrase "Ngoài" or "Bên cạnh" and a list of the article's counterparts, then a
    comma, comes before hit i: what the sentence adds are others ("Ngoài Đức, nhiều học viên cũng
    quan tâm tới Phần Lan và Áo", "bên cạnh ADB, … cũng nhận hỗ trợ từ Ngân hàng Thế giới"); not
    where the workers also go ("Ngoài Nhật Bản, lao động Nghệ An cũng đi làm việc tại Hàn Quốc")."""
    folded = fold(text)
    for j, hit in enumerate(hits[:i]):
        if hit.code in main and BESIDES.search(folded, 0, hit.start):
            end = hits[list_end(text, hits, j)].end
            gap = folded[end : hits[i].start]
            if gap.lstrip().startswith(",") and not GOES_TO_WORK.search(gap):
                return True
    return False


def in_others_story(text: str, hits: list[Hit], i: int) -> bool:
    """Whether the name is told in another country's account: the sentence opens on that
    country's representative sharing or presenting ("Đại diện Indonesia chia sẻ kinh nghiệm phối
    hợp với Thái Lan giải cứu … khỏi vùng biên giới với Myanmar")."""
    opening = OTHERS_REPRESENTATIVE.match(fold(mask(text, hits)))
    if not opening:
        return False  # most sentences
    teller = next(hit for hit in hits if hit.start >= opening.end())  # the masked name after it
    if teller is hits[i] or teller.code == HOME or partner_kind(teller.code) != "country":
        return False
    return bool(phrase_matcher("presents").search(fold(text), teller.end, hits[i].start))


def is_unrealised_plan(text: str, end: int) -> bool:
    """Whether the sentence's subject is a plan naming the list that ends at end, and its
    predicate says the plan was not carried out: "Việc mở lại thị trường Malaysia …, đến nay vẫn
    chưa thực hiện được", "Dự kiến đưa 300 lao động sang Romania … cũng không thực hiện được"."""
    folded = fold(text)
    unrealised = UNREALISED.search(folded, end)
    return bool(
        unrealised and PLAN_SUBJECT.match(folded) and ";" not in folded[: unrealised.start()]
    )


def is_negated(text: str, start: int) -> bool:
    """Whether a negation governs the cooperation before the name: "chưa có thỏa thuận nào với
    Canada", "chưa ký hiệp định với Brazil" (no cooperation yet), "chưa có doanh nghiệp nào được
    đăng ký hợp đồng đưa lao động sang Bồ Đào Nha" (see negation_reaches)."""
    folded = fold(text)
    return any(
        negation_reaches(folded[negation.end() : start])
        for negation in phrase_matcher("negation").finditer(folded, 0, start)
    )


def negation_reaches(gap: str) -> bool:
    """Whether a negation reaches over gap to a name: a few words, or its clause after an actor
    or an instrument of cooperation ("chưa có doanh nghiệp nào …"), without a count or a "khi"."""
    opening = ANY_BEFORE.match(gap)  # "chưa ký| bất kỳ |thỏa thuận nào"
    none_of = phrase_matcher("none_of").match(gap, opening.end())
    whole = none_of and (
        NONE_OF_END.match(gap, none_of.end()) or none_of.group() in NEGATED_INSTRUMENTS
    )  # "chưa có chương trình hợp tác đưa lao động phổ thông sang |Canada"
    if whole and not any(c.isdigit() for c in gap):
        return governs(gap, CLAUSE_WORDS) and not phrase_matcher("subordinator").search(gap)
    return governs(gap, LOCAL_CUE_WORDS)


def is_errand(text: str, end: int) -> bool:
    """Whether an errand, not work, is why one goes there: "sang Thái Lan để nộp hồ sơ"."""
    return bool(
        phrase_matcher("errand").match(fold(text), end + len(text[end:]) - len(text[end:].lstrip()))
    )


def works_there(text: str, start: int) -> bool:
    """Whether a lower-case worker noun or a count of people, then a verb of working, come before
    the venue of the name: "Lao động nữ chủ yếu làm việc trong các ngành chế biến tại Nhật Bản",
    "1.260 người đang làm việc ở nước ngoài, chủ yếu tại Nhật Bản"; or most of those just counted:
    "Phần lớn làm việc tại Đài Loan"."""
    before = text[:start]
    work = list(phrase_matcher("employment").finditer(fold(before)))
    if not work:
        return False
    workers = phrase_matcher("worker").finditer(fold(before[: work[-1].start()]))
    return (
        any(before[m.start()].islower() or at_sentence_start(before, m.start()) for m in workers)
        or bool(COUNTED_PEOPLE.search(before, 0, work[-1].start()))
        or bool(MOST_OF_THEM.fullmatch(fold(before), 0, work[-1].start()))
    )


def share_list_roles(hits: list[Hit], heads: list[int], judged: list[Judgement]) -> list[Judgement]:
    """The countries of one coordinated list ("Nhật Bản, Hàn Quốc và Đài Loan") share its
    strongest role; names inside a proper name or firmly ruled out keep their own."""
    best: dict[int, Judgement] = {}
    for hit, head, j in zip(hits, heads, judged, strict=True):
        if shares_list_role(hit, j):
            known = best.get(head)
            if known is None or ROLE_RANK.index(j.role) < ROLE_RANK.index(known.role):
                best[head] = j
    return [
        best[head] if shares_list_role(hit, j) and head in best else j
        for hit, head, j in zip(hits, heads, judged, strict=True)
    ]


def elliptic_roles(
    text: str, hits: list[Hit], heads: list[int], judged: list[Judgement]
) -> list[Judgement]:
    """A list that follows another with only a count, its verb left out, shares that list's firm
    ruling out: "Philippines có 2 triệu người làm việc ở nước ngoài, Indonesia khoảng 3 triệu",
    "so với Philippines, nước cung ứng 380.000 thuyền viên, hay Indonesia với hơn 140.000 người"."""
    folded = fold(text)

    def elliptic(j: int, before: Judgement) -> bool:
        return (
            before.firm
            and before.role == "mentioned"
            and bool(ELLIPSIS_BEFORE.search(folded, 0, hits[j].start))
            and bool(elliptic_count().match(folded, hits[list_end(text, hits, j)].end))
        )

    return roles_carried_on(text, hits, heads, judged, elliptic)


def ranking_goes_on(
    text: str, hits: list[Hit], heads: list[int], judged: list[Judgement]
) -> list[Judgement]:
    """A list that "tiếp theo là" opens, or that "xếp sau" ends, after a destination goes on with
    the ranking, when the destination is ranked by its head count or Vietnam is not what the
    sentence ranks: "Hàn Quốc xếp thứ ba với 6.520 người; tiếp theo là Trung Quốc", "Nhật Bản là
    thị trường tiếp nhận lớn nhất, chiếm khoảng 60%; tiếp đến là Đài Loan", "… sang Đài Loan,
    chiếm gần 40%; Nhật Bản và Hàn Quốc xếp sau". A name its head count follows, unless firmly
    ruled out, is a destination already: "…, Hàn Quốc 7.920 người; tiếp theo là Trung Quốc"."""
    folded = fold(text)
    judged = [  # "Đài Loan (Trung Quốc) 25.060 người, Hàn Quốc 7.920 người": counted destinations
        Judgement("partner")
        if not judgement.firm and ranked_by_head().match(folded, hit.end)
        else judgement
        for hit, judgement in zip(hits, judged, strict=True)
    ]

    def goes_on(j: int, before: Judgement) -> bool:
        ranked = (
            RANK_OPENING.search(folded, 0, hits[j].start) and not judged[j].firm
        ) or RANKS_NEXT.match(folded, hits[list_end(text, hits, j)].end)  # its own cue
        return (
            before.role == "partner"
            and bool(ranked)
            and (
                bool(ranked_by_head().match(folded, hits[j - 1].end))
                or all(h.code != HOME for h in hits[:j])  # not "Việt Nam là nước phái cử …"
            )
        )

    return roles_carried_on(text, hits, heads, judged, goes_on)


def roles_carried_on(
    text: str,
    hits: list[Hit],
    heads: list[int],
    judged: list[Judgement],
    carries_on: Callable[[int, Judgement], bool],
) -> list[Judgement]:
    """The judgements, each list after the first taking the role of the name before it when
    carries_on(its head, that role) holds."""
    judged = list(judged)
    for j in range(1, len(hits)):
        if heads[j] == j and carries_on(j, judged[j - 1]):
            for k in range(j, list_end(text, hits, j) + 1):
                judged[k] = judged[j - 1]
    return judged


@cache
def elliptic_count() -> re.Pattern[str]:
    """A count right after a name, or after "cũng" and at most three words: " khoảng 3 triệu",
    " cũng duy trì mức trên 200.000"."""
    return re.compile(rf"(?:\s+cũng(?:\s+[^\W\d]+){{0,3}}?)?{count_opening()}\d")


def shares_list_role(hit: Hit, judgement: Judgement) -> bool:
    return is_foreign_country(hit) and not judgement.firm


def sentence_context(
    text: str, masked: str, hits: list[Hit], heads: list[int], inbound: bool
) -> Context:
    """The countries of a sentence whose context shows they are no partner of Vietnam, even as a
    destination of workers: in the part of a sentence (up to a semicolon) that warns about scams
    or illegal routes; where other nations' workers go ("nơi lao động Campuchia làm việc"), and
    those nations too when the sentence does not name Vietnam ("Israel tiếp nhận lao động từ
    Thái Lan"); where a destination's own foreign workers come from, in a sentence without
    Vietnam ("400 học viên nước ngoài, chủ yếu đến từ Ấn Độ"); and, unless workers go there, the
    countries of a sentence opening with a contrast ("Trong khi đó") or a foreign source ("Theo
    ILO,") that does not name Vietnam. Names paired with Vietnam, the article's counterparts and
    names governed by a cooperation cue are exempt (see hit_judgement). In an article about
    foreign workers in Vietnam (inbound), their countries are origins: partners."""
    found = unwarned_context(text, masked, hits, heads, inbound)
    warned = foreign_countries(hits) & warned_hits(masked, hits, find_cues(masked))
    fellows = frozenset() if inbound else fellow_nationals(text, hits, heads)
    return replace(found, ruled_out=found.ruled_out | warned | fellows)


def fellow_nationals(text: str, hits: list[Hit], heads: list[int]) -> frozenset[int]:
    """The foreign countries listed beside Vietnam as where workers come from ("thuyền viên Việt
    Nam, Indonesia và Philippines", "lao động từ Philippines, Mông Cổ và Việt Nam"): other
    sending nations, not partners; not a ranking by head count ("tiếp nhận 70.100 lao động Việt
    Nam, Hàn Quốc 12.400 lao động")."""
    found: set[int] = set()
    for i in (i for i, head in enumerate(heads) if head == i):
        members = range(i, list_end(text, hits, i) + 1)
        if (
            len(members) > 1
            and any(hits[j].code == HOME for j in members)
            and not any(counted_after(text, hits[j]) for j in members)  # "…, Hàn Quốc 12.400"
            and follows_worker_noun(text, hits[i].start, hits[members[-1]].end)
        ):
            found |= {j for j in members if is_foreign_country(hits[j])}
    return frozenset(found)


def foreign_countries(hits: list[Hit]) -> frozenset[int]:
    return frozenset(i for i, hit in enumerate(hits) if is_foreign_country(hit))


def is_foreign_country(hit: Hit) -> bool:
    return hit.code != HOME and partner_kind(hit.code) == "country"


def unwarned_context(
    text: str, masked: str, hits: list[Hit], heads: list[int], inbound: bool
) -> Context:
    """The context of a sentence apart from its warnings."""
    countries = foreign_countries(hits)
    if both_countries_abroad := third_countries(masked, hits, countries):
        return Context(both_countries_abroad, frozenset())
    if brings_own_home(masked, hits):
        return Context(countries, frozenset())
    if all(hit.code != HOME for hit in hits) and WORLD_SHARE.search(fold(masked)):
        return Context(countries, frozenset())  # "Philippines cung cấp 25% thuyền viên … thế giới"
    cues = find_cues(masked)
    contrasted = contrasted_clause(masked, hits, cues)  # "…, trong khi Ấn Độ có 250.000 …"
    owners = worker_owners(text, masked, hits) - contrasted
    if senders := frozenset(i for i in owners if sends_own_workers(masked, hits[i])):
        return Context(senders, frozenset())  # "Philippines có hơn 20.000 lao động mới sang EU"
    owned = owners or (owned_by_region(masked) and HOME not in {h.code for h in hits})
    others_of_owners = (
        countries - owners if owned and not comes_to_vietnam(text, hits, cues) else frozenset()
    )
    if recruited := recruited_abroad(text, hits, heads) & countries:
        return Context(recruited, frozenset())  # "nước này tuyển dụng từ Ấn Độ, Sri Lanka"
    nationals = worker_nationalities(text, hits, heads)
    if nationals:  # and the countries ranked beside them by a head count ("Nepal với 900 người")
        nationals |= {heads[i] for i in countries if counted_after(text, hits[i])}
        own = frozenset(i for i in countries if heads[i] in nationals)
        if inbound:  # "…, số còn lại chủ yếu đến từ Trung Quốc, Hàn Quốc"
            own |= frozenset(foreign_origins(masked, hits, heads)) & countries
        ruled_out = countries - own if inbound or comes_to_vietnam(text, hits, cues) else countries
        origins = own if inbound else frozenset()
        shared = sharing_a_clause(masked, hits, ruled_out, nationals)
        return Context(shared | others_of_owners, frozenset(), origins=origins)
    if others_of_owners:
        return Context(others_of_owners, frozenset())
    home = any(hit.code == HOME for hit in hits)
    cooperating = any(c.kind == "partner" for c in cues)
    if not (inbound or home or cooperating) and (origins := foreign_origins(masked, hits, heads)):
        return Context(frozenset(origins & countries), frozenset())
    opening = [c for c in cues if at_sentence_start(masked, c.start)]
    contrast = any(c.kind == "contrast" for c in opening)
    markets = bool(MARKET_NOUN.search(fold(masked), 0, hits[0].start))  # "thị trường châu Âu …"
    if not any(hit.code == HOME for hit in hits) and (
        (contrast and not markets)
        or (any(cites(masked, c) for c in opening) and cites_foreign_source(text, hits))
    ):
        return Context(frozenset(), countries)
    if contrast:  # "Trong khi Indonesia ... , Việt Nam ...": its first clause only
        ends = [m.start() for m in CLAUSE_COMMA.finditer(masked)]
        return Context(
            frozenset(), frozenset(i for i in countries if ends and hits[i].end <= ends[0])
        )
    return Context(frozenset(), contrasted & countries)


def names_a_kind(text: str, hit: Hit) -> bool:
    """Whether an organisation's name qualifies a kind of body whose examples follow: "nhiều cơ
    quan Liên hợp quốc như ILO, UNICEF", "ba cơ quan Liên Hợp Quốc gồm ILO"."""
    folded = fold(text)
    return (
        partner_kind(hit.code) != "country"
        and bool(BODIES_BEFORE.search(folded, 0, hit.start))
        and bool(AS_AFTER.match(folded, hit.end))
    )


def abroad_setting(text: str, hits: list[Hit], cues: list[Cue]) -> bool:
    """Whether the sentence opens by setting a scene abroad ("Ở Philippines, …", "Ở Bangladesh
    hay Sri Lanka, …") and then tells, naming no Vietnam and no cooperation, how things are done
    there."""
    if not SCENE_OPENING.fullmatch(text, 0, hits[0].start):
        return False  # most sentences: no scene set abroad first
    end = list_end(text, hits, 0)
    folded = fold(text)
    return (
        end == len(hits) - 1
        and all(hit.code != HOME for hit in hits)
        and text[hits[end].end :].lstrip().startswith(",")
        and not any(
            c.kind in PARTNER_KINDS
            and folded[c.start : c.end] != "với"
            and not workers_of().match(folded, c.end + 1)
            for c in cues
            if c.start > hits[end].end
        )  # "thu phí môi giới với |lao động", "với lãi suất ưu đãi": no counterpart
    )


def besides_vietnam(masked: str, hits: list[Hit]) -> bool:
    """Whether the sentence opens with "Ngoài Việt Nam,": a foreign subject's other partners
    follow ("Ngoài Việt Nam, tỉnh cũng đang có hợp tác lao động với … Thái Lan")."""
    return bool(hits) and hits[0].code == HOME and bool(BESIDES_FIRST.match(fold(masked)))


def brings_own_home(masked: str, hits: list[Hit]) -> bool:
    """Whether a sentence without Vietnam tells of a country evacuating or repatriating a count of
    its own people: "Riêng Indonesia đã phải hồi hương hơn 3.700 công dân"."""
    found = BROUGHT_HOME.search(fold(masked))
    return (
        bool(found)
        and not masked[found.end() :].lstrip().startswith("#")
        and all(hit.code != HOME for hit in hits)
    )


def third_countries(masked: str, hits: list[Hit], countries: frozenset[int]) -> frozenset[int]:
    """The countries after "lao động hai nước" in its clause, in a sentence without Vietnam: where
    the workers of both sides work ("lao động hai nước cùng làm việc đông tại Nhật Bản")."""
    folded = fold(masked)
    both = BOTH_SIDES_WORKERS.search(folded)
    if not both or any(hit.code == HOME for hit in hits):
        return frozenset()
    end = clause_span(folded, both.end())[1]
    return frozenset(i for i in countries if both.end() <= hits[i].start < end)


def contrasted_clause(masked: str, hits: list[Hit], cues: list[Cue]) -> frozenset[int]:
    """The hits of a later clause that a contrast opens, names no Vietnam and counts a country's
    own people or a world share in: "…, trong khi Philippines có hơn 400.000 thuyền viên", "…,
    trong khi các nước như Philippines chiếm phần lớn thị trường thuyền viên toàn cầu", not "…,
    trong khi Nhật Bản đạt 71.100 người" (Vietnam's workers there)."""
    folded = fold(masked)
    for cue in cues:
        if cue.kind == "contrast" and folded[: cue.start].rstrip().endswith(","):
            end = clause_span(folded, cue.end)[1]
            inside = frozenset(i for i, hit in enumerate(hits) if cue.start <= hit.start < end)
            if all(hits[i].code != HOME for i in inside) and OWN_OR_WORLD_SHARE.search(
                folded, cue.end, end
            ):
                return inside
    return frozenset()


def warned_hits(masked: str, hits: list[Hit], cues: list[Cue]) -> frozenset[int]:
    """The names of the parts of a sentence (between semicolons) that warn of scams or illegal
    routes: "…; các đối tượng lại hứa đưa người sang Anh" warns only of its own part."""
    warnings = [c for c in cues if c.kind == "warning"]
    if not warnings:
        return frozenset()  # most sentences: no warning
    parts = [0, *(m.end() for m in HARD_BREAK.finditer(masked)), len(masked) + 1]
    spans = [
        (start, end)
        for start, end in itertools.pairwise(parts)
        if any(start <= c.start < end for c in warnings)
    ]
    return frozenset(
        i
        for i, hit in enumerate(hits)
        if any(
            start <= w.start < end and start <= hit.start < end and not gives_cause(masked, hit, w)
            for start, end in spans
            for w in warnings
        )
    )


def gives_cause(masked: str, hit: Hit, warning: Cue) -> bool:
    """Whether the warning is in a clause after the name's, past a comma, that gives a cause:
    "phía Hàn Quốc đã chấp thuận …, sau thời gian tạm dừng do tỷ lệ cư trú bất hợp pháp cao"."""
    if HANDED_BACK_FOR.match(fold(masked), hit.end):
        return True  # "(Trung Quốc) trao trả vì xuất cảnh trái phép": the people's offence
    comma = masked.rfind(",", 0, warning.start)
    return comma > hit.end and bool(CAUSE.search(fold(masked), comma, warning.start))


def foreign_origins(masked: str, hits: list[Hit], heads: list[int]) -> set[int]:
    """The names a destination's own foreign workers come from ("tập đoàn có 400 học viên nước
    ngoài, chủ yếu đến từ Ấn Độ"): after a foreign-worker noun and "từ", not "tại Nhật Bản"."""
    folded = fold(masked)
    foreign = phrase_matcher("foreign_worker").search(folded)
    if not foreign:
        return set()
    return {
        i
        for i, hit in enumerate(hits)
        if hit.start > foreign.end() and FROM_BEFORE.search(folded, 0, hits[heads[i]].start)
    }


def cites(masked: str, cue: Cue) -> bool:
    """Whether the cue names a source: "Theo", "Theo báo cáo", "Theo ước tính"."""
    return fold(masked[cue.start : cue.end]).split()[0] in cue_words("source")


def closed_periods(folded: str, year: int) -> list[Cue]:
    """Background markers at periods over before the event's year ("trong giai đoạn 2017-2021,
    ILO đã triển khai … với sự hỗ trợ của …"), not where a count of the period's results follows
    ("giai đoạn 2019-2023, khoảng 2.400 điều dưỡng viên …")."""
    return [
        Cue("background", m.start(), m.end())
        for m in CLOSED_PERIOD.finditer(folded)
        if int(m.group(1)) < year and not period_results().match(folded, m.end())
    ]


@cache
def period_results() -> re.Pattern[str]:
    """A count of workers or people right after a period: "|, tỉnh đã đưa 1.240 người"."""
    nouns = f"{phrase_matcher('worker').pattern}|{phrase_matcher('people').pattern}"
    return re.compile(rf"[^;:]{{0,60}}?(?<![\d.,])\d[\d.,]*\s+(?:{nouns})(?!\w)")


def past_years(masked: str, year: int | None) -> list[Cue]:
    """Background markers at past years: since a year before the event ("từ năm 2018 doanh nghiệp
    đã đưa ..."), in a year at least PAST_YEARS before it ("Năm 2019, ..."; the year before is
    often the period an article reports), or at least PAST_YEARS ago ("8 năm trước"); the years
    of a worker's past job, an aside up to its comma ("Sáu năm làm công nhân ở Đài Loan,"); and
    closed periods."""
    folded = fold(masked)
    if "năm" not in folded:  # most sentences name no year
        return closed_periods(folded, year) if year is not None else []
    tenure = [Cue("aside", m.start("tenure"), m.end()) for m in past_tenure().finditer(folded)]
    ago = [
        Cue("background", m.start(), m.end())
        for m in years_ago().finditer(folded)
        if counted_number(m.group("n") or m.group("m")) >= PAST_YEARS
    ]
    ago += tenure + [
        Cue("background", m.start("job"), m.end()) for m in past_job().finditer(folded)
    ]
    if year is None:  # a year of the last century is past in any article
        return ago + [
            Cue("background", m.start(), m.end())
            for m in PAST_YEAR.finditer(folded)
            if m.group(2).startswith("19")
        ]
    return (
        ago
        + closed_periods(folded, year)
        + [
            Cue("background", m.start(), m.end())
            for m in PAST_YEAR.finditer(folded)
            if int(m.group(2)) <= year - (1 if m.group(1) == "từ" else PAST_YEARS)
            and not IN_FORCE_SINCE.search(folded, 0, m.start())
        ]
    )


@cache
def years_ago() -> re.Pattern[str]:
    """A time some years back: "8 năm trước", "Ba năm về trước", "cách đây chừng mười năm",
    "Cách đây gần hai mươi năm" (its tens, at least)."""
    n = rf"\d{{1,2}}|{word_alternation(sorted(counting_words()))}"
    return re.compile(
        rf"(?<![\w.,])(?:cách\s+đây\s+(?:(?:{approximately()})\s+)?(?P<m>{n})(?:\s+mươi)?\s+năm"
        rf"|(?P<n>{n})\s+năm\s+(?:về\s+)?trước)(?!\w)"
    )


@cache
def past_tenure() -> re.Pattern[str]:
    """A worker's years of a past job: opening the sentence ("Sáu năm làm công nhân ở Đài Loan,
    anh …"), after a verb of speech ("cho biết sau 3 năm làm việc ở Nhật Bản, anh …") or after a
    person's "có" ("anh có 6 năm làm thợ hàn") or a return ("vừa trở về sau 2 năm làm lái xe");
    not a programme's rule ("người lao động sau 4 năm làm việc tại Hàn Quốc phải về nước")."""
    speech = phrase_matcher("speech").pattern
    person = phrase_matcher("honorific").pattern
    return re.compile(
        rf"(?:^\W*(?:sau\s+)?|(?:{speech}),?\s+sau\s+|(?:trở\s+)?về(?:\s+nước)?\s+sau\s+"
        rf"|(?:{person}|tôi)\s+(?:đã\s+)?có\s+)"
        r"(?P<tenure>(?:\d{1,2}|\w+)\s+năm\s+(?:làm|lao\s+động|học))(?!\w)"
    )


@cache
def past_job() -> re.Pattern[str]:
    """A person's years of work, told as done: "Anh Vũ Đức Mạnh … đã làm 3 năm thực tập sinh …
    tại Nhật Bản", "Tôi làm 6 năm ở Đài Loan rồi sang đây"."""
    person = phrase_matcher("honorific").pattern
    return re.compile(
        rf"(?:(?<!\w)(?:{person})\s[^,.;:]{{0,60}}?\s|(?<!\w)tôi\s+)(?:(?:đã|từng)\s+)?"
        r"(?P<job>làm(?:\s+việc)?\s+(?:\d{1,2}|\w+)\s+năm)(?!\w)"
    )


def earlier_ones(masked: str) -> list[Cue]:
    """A ranking marker at "sau" (after) right before names, after an ordinal: those names came
    first ("thị trường thứ tư ký văn bản với Việt Nam, sau Séc, Hungary", "hiệp định thứ hai,
    sau Hiệp định với Hàn Quốc"); not a time ("sau Tết"); a background marker at an opening
    "Trước #," (what follows came before the name: "Trước Panama, Việt Nam ký với Liberia")."""
    folded = fold(masked)
    before = [Cue("background", m.end(), m.end()) for m in EARLIER_THAN.finditer(folded)]
    ordinal = ORDINAL.search(folded)
    if not ordinal:
        return before  # most sentences
    return before + [
        Cue("ranking", m.start(), m.end()) for m in AFTER.finditer(folded, ordinal.end())
    ]


def background_hits(
    text: str, masked: str, hits: list[Hit], heads: list[int], cues: list[Cue]
) -> frozenset[int]:
    """The names of a clause about the past or another programme ("Trước đó, Việt Nam đã ký ...",
    "trước đây chủ yếu đưa lao động sang ...", "Trước đó, KOICA cũng tài trợ ..."), or after a
    model, ranking or prospect cue in their clause ("tham khảo kinh nghiệm đưa lao động sang Séc",
    "nằm trong nhóm ... cùng với Ấn Độ", "nghiên cứu mở rộng sang các thị trường như Canada")."""
    markers = [c for c in cues if c.kind in MARKER_KINDS]
    if not markers:
        return frozenset()
    folded = fold(masked)
    if any(c.kind == "ranking" for c in markers) and heads_counted().search(folded):
        markers = [c for c in markers if c.kind != "ranking"]  # a ranking by counts keeps them
    found = set()
    for i in range(len(hits)):
        span = (place_start(text, hits[heads[i]].start), hits[list_end(text, hits, i)].end)
        own = (hits[i].start, hits[i].end)  # an aside ends at its comma, inside a list or not
        clause = clause_span(folded, span[0])
        if any(
            marker_governs(folded, c, own if c.kind == "aside" else span, clause) for c in markers
        ):
            found.add(i)
    return frozenset(found)


def marker_governs(
    folded: str, marker: Cue, span: tuple[int, int], clause: tuple[int, int]
) -> bool:
    """Whether a marker in the clause makes the list at span background: a background word
    opening the clause, all of it ("Trước đó, ...", not the same trip's "Trước đó, ngày 21/11"), and
    "trong những năm qua" only right after a donor; inside it, the names after it up to a present
    word and its subject ("Nhật Bản từng ..."); an aside ("Dù ...", "Bên lề ...") up to its
    comma or colon; a model or ranking cue ("tham khảo", "nằm trong nhóm") the names after it; a
    prospect the names after its "sang" or "như" ("nghiên cứu mở rộng sang các thị trường như
    Canada"), in its clause or in one its plan goes on to ("…, đồng thời mở rộng sang")."""
    start, end = clause
    first, last = span
    if marker.kind == "prospect" and marker.end <= start and PLAN_GOES_ON.match(folded, start):
        return bool(PROSPECT_OBJECT.search(folded, start, first))  # "…, đồng thời mở rộng sang"
    if not start <= marker.start < end:
        return False
    if marker.kind == "background":
        after_donor = folded[marker.start : marker.end] in RECENT_YEARS
        if not after_donor and not folded[start : marker.start].strip(OPENING + ","):
            if folded[marker.start : marker.end] in ONCE:  # no subject: a participle's aside
                comma = ASIDE_END.search(folded, marker.end, end)  # "Từng học …, chị sang Đức"
                return first < (comma.start() if comma else end)
            return not SAME_TRIP.match(folded, marker.end)  # "Trước đó, Việt Nam đã ký ..."
        if not after_donor and marker.end <= first:
            return not phrase_matcher("present").search(folded, marker.end, first)
        past = PAST_YEAR.fullmatch(folded, marker.start, marker.end)  # not "thực hiện từ năm 2019"
        done = (
            after_donor
            or folded[marker.start : marker.end] in FORMERLY
            or bool(past and past.group(1) != "từ")
        )
        between = done_before() if done else aspect_words()
        return marker.start >= last and bool(between.fullmatch(folded, last, marker.start))
    comma = ASIDE_END.search(folded, marker.end, end) if marker.kind == "aside" else None
    if marker.kind == "prospect" and PROSPECT_PREDICATE.fullmatch(folded, last, marker.start):
        return True  # "Nhật Bản và Hàn Quốc được xác định là các thị trường tiềm năng"
    if marker.kind == "prospect" and not PROSPECT_OBJECT.search(folded, marker.start, first):
        return False  # "Hàn Quốc sẽ nghiên cứu mở rộng ..., với sự hỗ trợ của IOM"
    return marker.end <= first < (comma.start() if comma else end)


@cache
def aspect_words() -> re.Pattern[str]:
    """Aspect words only, or nothing: between a subject and its verb ("Nhật Bản đã từng")."""
    return re.compile(rf"\s*(?:(?:{phrase_matcher('aspect').pattern})\s*)*")


@cache
def done_before() -> re.Pattern[str]:
    """Aspect words and verbs of support, or nothing: between a donor and "trước đây" or a past
    year after it ("do KOICA tài trợ trước đây", "của KOICA trong giai đoạn trước", "do KOICA hỗ
    trợ xây dựng năm 2018": a donor of the past)."""
    verb = "|".join(
        fold(v) for v in ("tài trợ", "hỗ trợ", "triển khai", "thực hiện", "xây dựng", "thành lập")
    )
    return re.compile(rf"\)?{aspect_words().pattern}(?:(?:{verb})\s*){{0,2}}(?:trong\s+)?")


def other_flow_hits(text: str, masked: str, hits: list[Hit], heads: list[int]) -> frozenset[int]:
    """The countries of another country's own flow of workers, that country (the subject) and the
    other end ("từ", "sang"), in a clause that does not name Vietnam and whose subject is a foreign
    country ("Thái Lan hiện tiếp nhận 2,5 triệu lao động từ Myanmar, Campuchia và Lào") or foreign
    workers there ("lao động nước ngoài tại Hồng Kông ... đến từ Philippines"), or the partner's
    own side ("phía bạn đã tăng tuyển từ Ấn Độ"); not the parallel items of a ranking ("Nhật Bản
    tiếp nhận 72.000 người, Đài Loan 64.000 người") nor where the rest of a count goes ("…, số
    còn lại sang Đài Loan")."""
    folded = fold(masked)
    ends = {
        i
        for i, hit in enumerate(hits)
        if partner_kind(hit.code) == "country"
        and ends_a_flow(folded, hits[heads[i]].start)
        and not REMAINDER_BEFORE.search(folded, 0, hits[heads[i]].start)
    }
    if not (
        ends
        or phrase_matcher("sending").search(folded)
        or counted_sending().search(folded)
        or goes_abroad().search(folded)
    ):
        return frozenset()  # most sentences: no country after "từ", "sang", "với"; none sends
    found: set[int] = set()
    for start, end in clause_spans(folded, subordinate_breaks(folded) + colons(folded)):
        inside = before_vietnam([i for i, hit in enumerate(hits) if start <= hit.start < end], hits)
        if not inside:
            continue
        opening = clause_opening(text, folded, hits, inside[0], start)
        found |= {i for i in inside if i in ends and sourced_by_side(folded, start, hits[heads[i]])}
        if opening == "ranked":  # "Thái Lan hiện là …, phần lớn đến từ Myanmar": its origins
            found |= {i for i in inside if FROM_BEFORE.search(folded, 0, hits[heads[i]].start)}
            # or its own nationals abroad: "# là những nước có nhiều công dân đi làm việc ở
            # nước ngoài nhất"
            if sends_own(folded, hits[list_end(text, hits, inside[0])].end, end):
                found |= {i for i in inside if heads[i] == heads[inside[0]]}
        elif opening == "subject":
            subject = heads[inside[0]]
            other_ends = {i for i in inside if i in ends and heads[i] != subject}
            subjects = {i for i in inside if heads[i] == subject}
            if other_ends:
                found |= other_ends | subjects
            elif sends_own(folded, hits[list_end(text, hits, inside[0])].end, end):
                found |= subjects  # "Indonesia, Philippines đều đẩy mạnh đưa lao động sang ..."
    return frozenset(found | comma_senders(text, folded, hits, heads))


def comma_senders(text: str, folded: str, hits: list[Hit], heads: list[int]) -> set[int]:
    """The countries that open a comma's or a semicolon's phrase as its subject and send their
    own workers: "…, trong đó mỗi năm Philippines đưa sang hàng trăm nghìn lao động", "…; riêng
    Ấn Độ đã cử sang hơn 10.000 người"."""
    found: set[int] = set()
    for comma in PHRASE_BREAK.finditer(folded):
        first = next((i for i, hit in enumerate(hits) if hit.start > comma.end()), None)
        if (
            first is not None
            and clause_opening(text, folded, hits, first, comma.end()) == "subject"
            and own_sending().match(folded, hits[list_end(text, hits, first)].end)
        ):
            found |= {i for i in range(len(hits)) if heads[i] == heads[first]}
    return found


def sourced_by_side(folded: str, start: int, hit: Hit) -> bool:
    """Whether the partner's own side, no name between, recruits from the flow's end at hit:
    "…, phía bạn đã tăng tuyển từ Ấn Độ" (the destination's other sources)."""
    return any(
        "#" not in folded[side.end() : hit.start]
        for side in COUNTERPART_SIDE.finditer(folded, start, hit.start)
    )


@cache
def own_sending() -> re.Pattern[str]:
    """After a subject, aspect words or a push ("đều đẩy mạnh"), then a verb of sending its own
    workers abroad, counted or not ("đưa được 14.000 lao động"), not a nation's ("đưa lao động
    Việt Nam") nor home ("đưa lao động về nước")."""
    sends = phrase_matcher("sending").pattern
    aspects = phrase_matcher("aspect").pattern
    return re.compile(
        rf"\s*(?:(?:{aspects}|đều|đẩy\s+mạnh|tích\s+cực|tăng\s+(?:cường|mạnh)|(?:mỗi|hằng|hàng)\s+năm)\s+)*"
        rf"(?:{sends}|{counted_sending().pattern})(?!\s+(?:#|về)(?!\w))"
    )


def sends_own(folded: str, start: int, end: int) -> bool:
    """Whether the subject ending at start sends its own workers abroad, or has them there, before
    any other name of its clause: "đều đẩy mạnh đưa lao động sang", "có khoảng 2 triệu người làm
    việc ở nước ngoài"; not "có 60.000 lao động Việt Nam, … ở nước ngoài"."""
    named = folded.find("#", start, end)
    return bool(
        own_sending().match(folded, start)
        or goes_abroad().search(folded, start, end if named < 0 else named)
    )


@cache
def goes_abroad() -> re.Pattern[str]:
    """People or workers, at most four words but no name, then abroad: "có khoảng 2 triệu người
    làm việc ở nước ngoài" (the subject's own nationals)."""
    people = rf"(?:người|{fold('công dân')}|{phrase_matcher('worker').pattern})"
    abroad = rf"(?:ở|ra|tại)\s+{fold('nước ngoài')}(?!\w)"
    return re.compile(rf"(?<!\w){people}(?:\s+[^\s#]+){{0,4}}?\s+{abroad}")


@cache
def counted_sending() -> re.Pattern[str]:
    """A verb of sending, then a count of workers, exact or not: "đưa được khoảng 14.000 lao
    động", "đưa sang hàng trăm nghìn lao động"."""
    worker = phrase_matcher("worker").pattern
    return re.compile(
        rf"(?:{word_alternation(sending_verbs())})\s+(?:{fold('được')}\s+)?(?:(?:sang|đi)\s+)?"
        rf"(?:(?:{approximately()})\s+)?(?:{heads_counted().pattern}|{vague_count()}(?:{worker}))"
    )


def vague_count() -> str:
    """A scale qualifier and its scale words, then perhaps "người": "hàng trăm nghìn ", "vài
    nghìn người " (qualifiers.csv, scales.csv)."""
    qualifiers = word_alternation([fold(word) for word in scale_qualifiers()])
    scales = word_alternation([fold(word) for word in scale_values()])
    return rf"(?:{qualifiers})(?:\s+(?:{scales}))+\s+(?:người\s+)?"


def sending_verbs() -> list[str]:
    """The verbs of the sending cues, their worker noun left off: "đưa", "phái cử"."""
    return sorted(
        {
            cue.removesuffix(" " + noun)
            for cue in cue_words("sending")
            for noun in cue_words("worker")
            if cue.endswith(" " + noun)
        }
    )


def before_vietnam(inside: list[int], hits: list[Hit]) -> list[int]:
    """The hits of a clause before its first Vietnam, which a later verb phrase may name ("Đức đã
    ký với Ấn Độ, Kenya và mong muốn Việt Nam …"); none when Vietnam opens it."""
    home = next((k for k, i in enumerate(inside) if hits[i].code == HOME), len(inside))
    return inside[:home]


def ends_a_flow(folded: str, start: int) -> bool:
    """Whether "từ", "sang", "với" or "làm việc tại" stands right before start: "lao động từ
    Myanmar"."""
    return bool(flow_end().search(folded, max(0, start - FLOW_WORD_CHARS), start))


@cache
def flow_end() -> re.Pattern[str]:
    return re.compile(phrase_matcher("flow_end").pattern + r"\s*$")


def clause_spans(folded: str, more: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The (start, end) of each clause of a folded, masked sentence, at its clause breaks and
    any more given."""
    breaks = sorted([*clause_breaks(folded), *more])
    starts = [0, *(after for _, after in breaks)]
    ends = [*(before for before, _ in breaks), len(folded)]
    return list(zip(starts, ends, strict=True))


def clause_opening(text: str, folded: str, hits: list[Hit], i: int, start: int) -> str | None:
    """How the country hit i, the first name of the clause at start, opens it: as its subject
    ("subject": only words like "hiện" before it), ranked by a copula after it ("ranked": "Thái Lan
    hiện là nước sử dụng nhiều lao động di cư, phần lớn đến từ Myanmar"), or as the place of the
    foreign workers opening the clause ("subject": "lao động nước ngoài tại Hồng Kông")."""
    if partner_kind(hits[i].code) != "country":
        return None
    prefix = folded[start : hits[i].start].replace(",", " ").strip(OPENING)
    leads, copula, workers_there = subject_patterns()
    if leads.fullmatch(prefix):
        return "ranked" if copula.match(folded, hits[list_end(text, hits, i)].end) else "subject"
    return "subject" if workers_there.fullmatch(prefix) else None


@cache
def subject_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What may stand before a clause's subject ("Hiện", "Năm 2019"); a copula after it, aspect
    words allowed ("vẫn là"); foreign workers before their place ("lao động nước ngoài tại")."""
    leads = rf"(?:(?:{phrase_matcher('subject_lead').pattern})\s*(?:[\d/.]+\s*)?)*"
    aspects = rf"\s*(?:(?:{phrase_matcher('aspect').pattern})\s+)*"
    workers = rf"(?:{phrase_matcher('foreign_worker').pattern})\s+"
    return (
        re.compile(leads),
        re.compile(aspects + phrase_matcher("copula").pattern),
        re.compile(leads + workers + f"(?:{phrase_matcher('located').pattern})"),
    )


def is_place_annotation(text: str, hits: list[Hit], i: int) -> bool:
    """Whether the name follows another one in brackets, after a comma, as its state: "(Đài
    Loan, Trung Quốc)" annotates Taiwan."""
    return (
        i > 0
        and bool(re.fullmatch(r"\s*,\s*", text[hits[i - 1].end : hits[i].start]))
        and bool(re.search(r"\(\s*$", text[: hits[i - 1].start]))
        and text[hits[i].end :].lstrip().startswith(")")
    )


def is_shared_membership(text: str, hits: list[Hit], i: int) -> bool:
    """Whether a relative clause after a framework says both sides are members of it: "Hiệp định
    CPTPP mà cả hai nước là thành viên", "các hiệp định CPTPP và RCEP mà cả hai cùng là"."""
    if partner_kind(hits[i].code) not in ("framework", "agreement"):
        return False
    rest = FRAMEWORK_MATE.sub("", text[hits[i].end :], count=1)
    clause = fold(CLAUSE_BREAK.split(rest, maxsplit=1)[0])
    relative = phrase_matcher("relative").match(clause, skip_space(clause, 0))
    return bool(relative) and bool(phrase_matcher("membership").search(clause, relative.end()))


def rescued_from(text: str, hits: list[Hit], head: int, cues: list[Cue]) -> bool:
    """Whether the list at hit head is the first foreign name after a rescue cue in its clause:
    "56 công dân được giải cứu khỏi các cơ sở lừa đảo ở Myanmar" (where the citizens come back
    from), not "giải cứu ... ở Campuchia, đưa về qua Thái Lan" nor "giải cứu và đưa về nước qua
    ngả Thái Lan" (a route), nor "cùng được giải cứu có 7 công dân Thái Lan" (their nation), nor
    a warning's place after it ("được giải cứu, nhiều người khác bị bán sang Myanmar")."""
    position = hits[head].start
    rescues = [c for c in cues if c.kind == "rescue" and c.end <= position]
    if not rescues or partner_kind(hits[head].code) != "country":  # not "hồi hương theo … ILO"
        return False
    route = local_cue(text, place_start(text, position), cues)
    if route and route.kind in MENTIONED_KINDS:
        return False
    if any(
        c.kind == "warning" and rescues[-1].end <= c.start < position
        for c in cues
        if OTHER_PEOPLE.search(fold(text), rescues[-1].end, c.start)
    ):
        return False  # "được giải cứu, nhiều người cùng phòng đã bị bán sang Myanmar": others' fate
    if follows_worker_noun(text, position, hits[list_end(text, hits, head)].end):
        return False  # "còn có 7 công dân Thái Lan": rescued people of another nation
    if names_nationality(text, position):
        return False  # "hơn 200 người mang quốc tịch Trung Quốc"
    start, _ = clause_span(fold(mask(text, hits)), position)
    last = rescues[-1]
    return start <= last.start and not any(
        last.end <= hit.start < position for hit in hits if hit.code != HOME
    )


def names_nationality(text: str, start: int) -> bool:
    """Whether "quốc tịch" stands right before the name: a person's nationality."""
    return bool(NATIONALITY_BEFORE.search(fold(text[:start])))


def rescued_nationals(text: str, hits: list[Hit], head: int, cues: list[Cue]) -> bool:
    """Whether the list at hit head is the nationality of people rescued with Vietnam's: "Cùng
    đợt giải cứu còn có hơn 200 người mang quốc tịch Trung Quốc, Indonesia", "Cùng bị giam giữ
    với họ có hàng trăm người Indonesia"."""
    start = hits[head].start
    rescued = any(c.kind == "rescue" and c.end <= start for c in cues)
    return rescued and (
        names_nationality(text, start) or bool(PEOPLE_BEFORE.search(fold(text[:start])))
    )


def sharing_a_clause(
    masked: str, hits: list[Hit], candidates: frozenset[int], anchors: Iterable[int]
) -> frozenset[int]:
    """The candidate hits in the clause of one of the anchor hits: other nations' workers rule
    out the countries of their own clause only (not "phía Ba Lan" in "Bộ đề nghị phía Ba Lan cấp
    thị thực nhanh hơn, giống như cách Séc đã làm với lao động Philippines")."""
    folded = fold(masked)
    clauses = {clause_span(folded, hits[a].start) for a in anchors}
    return frozenset(i for i in candidates if clause_span(folded, hits[i].start) in clauses)


def worker_owners(text: str, masked: str, hits: list[Hit]) -> frozenset[int]:
    """The foreign countries said to have a counted number of their own workers, in their
    clause: "Lào hiện có khoảng 300.000 lao động (công dân)", "Campuchia cho biết nước này có 1,3
    triệu lao động"; not "Nhật Bản có 300.000 lao động Việt Nam" (Vietnam's workers there)."""
    owners = set()
    folded = fold(masked)
    for i, hit in enumerate(hits):
        if hit.code == HOME or hit.in_name or partner_kind(hit.code) != "country":
            continue
        if MARKET_BEFORE.search(folded, 0, hit.start):
            continue  # "thị trường Nhật Bản có 80.120 lao động": Vietnam's workers there
        clause = COUNT_CLAUSE_BREAK.split(masked[hit.end :], maxsplit=1)[0]
        owned = owned_workers().search(fold(clause))
        if owned and not clause[owned.end() :].lstrip().startswith("#"):
            owners.add(i)
    return frozenset(owners)


def sends_own_workers(masked: str, hit: Hit) -> bool:
    """Whether the workers a country has go abroad: "Philippines có hơn 20.000 lao động mới sang
    các nước EU" (its own outflow, not Vietnam's)."""
    clause = fold(COUNT_CLAUSE_BREAK.split(masked[hit.end :], maxsplit=1)[0])
    owned = owned_workers().search(clause)
    return bool(owned and OUTBOUND.match(clause, owned.end()))


def owned_by_region(masked: str) -> bool:
    """Whether a region counts its workers: "khu vực # hiện có khoảng 10,6 triệu lao động di
    cư", "Toàn cầu hiện có …", not "Công ty … Toàn Cầu Xanh tổ chức lễ tiễn 35 lao động" (a
    capitalised name inside the sentence)."""
    return any(
        masked[m.start()].islower() or not masked[: m.start()].strip(OPENING)
        for m in region_owned().finditer(fold(masked))
    )


@cache
def region_owned() -> re.Pattern[str]:
    """A region or the world, a masked name or a few words after it, then its counted workers
    ("khu vực # hiện có khoảng 10,6 triệu lao động di cư"); or workers, then a region word
    ("lao động di cư nội khối")."""
    region, workers = phrase_matcher("region").pattern, phrase_matcher("worker").pattern
    owned = owned_workers().pattern.removeprefix(r"(?<!\w)")
    return re.compile(rf"(?<!\w)(?:{region})(?:\s+\S+){{0,3}}?\s+{owned}|(?:{workers})\s+{region}")


@cache
def owned_workers() -> re.Pattern[str]:
    """ "có", at most two words, a number and its scale word, then a worker or citizen noun."""
    nouns = f"{phrase_matcher('worker').pattern}|{phrase_matcher('citizen').pattern}"
    return re.compile(OWNED_COUNT + f"(?:{nouns})")


def comes_to_vietnam(text: str, hits: list[Hit], cues: list[Cue]) -> bool:
    """Whether Vietnam is named as a place workers go or work: "lao động Lào sang Việt Nam",
    "lao động Campuchia làm việc tại Việt Nam"; not "hợp tác với một địa phương của Việt Nam", nor
    where a destination extends its recruiting ("nay muốn mở rộng sang Việt Nam")."""
    return any(
        (cue := local_cue(text, hit.start, cues)) is not None
        and cue.kind in ("host", "destination")
        and governs(text[cue.end : hit.start], 0)
        and not EXPANDS_BEFORE.search(fold(text), 0, cue.start)
        for hit in hits
        if hit.code == HOME
    )


def recruited_abroad(text: str, hits: list[Hit], heads: list[int]) -> frozenset[int]:
    """The foreign countries of a list a foreign employer recruits from ("nước này đang tuyển
    dụng từ Ấn Độ, Sri Lanka và Việt Nam"): other sending nations, not partners."""
    return frozenset(
        j
        for i in set(heads)
        if RECRUITED_FROM.search(text, 0, hits[i].start)
        for j in range(i, list_end(text, hits, i) + 1)
        if is_foreign_country(hits[j])
    )


def worker_nationalities(text: str, hits: list[Hit], heads: list[int]) -> set[int]:
    """The list heads of foreign countries named as the nationality of workers ("lao động
    Campuchia và Lào"), Vietnam's own workers left out."""
    folded = fold(text)
    nouns = ("worker", "citizen", "people")
    if not (any(phrase_matcher(k).search(folded) for k in nouns) or NATIONALITY.search(folded)):
        return set()  # no worker noun nor nationality: no workers of any nation
    return {
        heads[i]
        for i, hit in enumerate(hits)
        if heads[i] == i
        and partner_kind(hit.code) == "country"
        and follows_worker_noun(text, hit.start, hits[list_end(text, hits, i)].end)
        and not any(h.code == HOME for h in hits[i : list_end(text, hits, i) + 1])
    }


def follows_worker_noun(text: str, start: int, end: int) -> bool:
    """Whether a lower-case worker or citizen noun stands right before the list text[start:end],
    or a worker noun before "từ", or before a workplace and "đến từ" ("lao động Lào", "lao động
    từ Lào", "công dân Lào", "lao động trong các xưởng của Singapore đến từ Ấn Độ"; "Bộ Lao
    động Lào" is a ministry; "lao động từ Nhật Bản về nước" are returning Vietnamese, and so are
    "công dân được giải cứu từ Myanmar"), or one that opens the sentence; not a field of labour
    ("thị trường lao động Nhật Bản", "luật lao động Đức")."""
    before = text[:start]
    origin = (  # "lao động (đến) từ Thái Lan", "lao động thời vụ, chủ yếu từ Philippines"
        WORKERS_FROM.search(before) if before.rstrip().endswith(("từ", "như", "cả")) else None
    )
    if origin:
        if RETURN.match(text, end):
            return False
        workers = before[: origin.start()]
        place = WORKPLACE.search(workers) if "đến" in origin.group() else None
        nouns = [
            *without_qualifiers(workers),
            *(without_qualifiers(workers[: place.start()]) if place else []),
        ]
        return any(
            ends_with_worker_noun(text, noun, cue_words("worker") | cue_words("people"))
            for noun in nouns
        )
    folded = fold(before)
    return ends_with_worker_noun(text, before, nationality_nouns()) or bool(
        people_before().search(folded)
        or NATIONALITY_BEFORE.search(folded)
        or MIGRANTS_OF.search(folded)
    )


@cache
def people_before() -> re.Pattern[str]:
    """A people noun right before a name, nothing between: "kỹ sư người |Hàn Quốc"."""
    return re.compile(phrase_matcher("people").pattern + " $")


@cache
def nationality_nouns() -> frozenset[str]:
    """Nouns whose following country is their nationality: workers and citizens."""
    return cue_words("worker") | cue_words("citizen")


def without_qualifiers(text: str) -> Iterator[str]:
    """text, then text without its last one to MAX_QUALIFIERS lower-case words."""
    yield text
    for _ in range(MAX_QUALIFIERS):
        word = QUALIFIER.search(text)
        if not word or word.group().strip() in ARRIVAL_WORDS:
            return  # "lao động đã trở về từ Nhật Bản", "lao động sang Việt Nam": where they go
        text = text[: word.start()]
        yield text


def ends_with_worker_noun(text: str, before: str, nouns: frozenset[str]) -> bool:
    """Whether before, a prefix of text, ends with a lower-case noun of nouns that is no field."""
    for phrase in words_before(before, len(before), 3):
        if phrase in nouns:
            begin = len(before.rstrip()) - len(phrase)
            field = set(words_before(text, begin, 2)) & cue_words("labour_field")
            return not field and (text[begin].islower() or at_sentence_start(text, begin))
    return False


def cites_foreign_source(text: str, hits: list[Hit]) -> bool:
    """Whether a partner is named before the first comma: "Theo Ban Thư ký ASEAN, ..."."""
    comma = text.find(",")
    return comma > 0 and any(h.start < comma for h in hits if h.code != HOME)


def is_third_party(hit: Hit, hits: list[Hit], main: frozenset[str]) -> bool:
    """A framework in an article about another counterpart, or a country in a sentence about it;
    an organisation named there is a participant in its own right."""
    kind = partner_kind(hit.code)
    return kind in ("framework", "agreement") or (
        kind == "country" and any(h.code in main for h in hits)
    )


def is_paired(text: str, hits: list[Hit], i: int) -> bool:
    """Whether hit i and Vietnam stand in one chain of joined names: "Việt Nam-Lào", "Lào và
    Việt Nam", "Campuchia - Lào - Việt Nam"; names inside a proper name, ranked after others or
    after "tại" (places) never pair."""
    if hits[i].in_name:
        return False
    first, last = joined_chain(text, hits, i)
    if all(hit.code != HOME for hit in hits[first : last + 1]):
        return False  # most chains: no Vietnam in them
    folded = fold(text)
    head = hits[list_heads(text, hits)[first]].start  # "tiếp đến là |Indonesia, Lào và Việt Nam"
    ranked = RANK_OPENING.search(folded, 0, head)  # "tiếp theo là Lào và Việt Nam"
    placed = AT_BEFORE.search(folded, 0, hits[first].start)  # "hoạt động tại Việt Nam và Lào"
    # nationalities, "phần lớn là người Ấn Độ, Syria và Việt Nam", or origins that a list opens
    # or "từ" does, "lao động từ Philippines, Mông Cổ và Việt Nam", "lao động từ Việt Nam và Lào",
    # "nước này tuyển dụng từ Ấn Độ, Sri Lanka và Việt Nam"
    nationals = (
        people_before().search(folded, 0, head)
        or RECRUITED_FROM.search(text, 0, head)
        or (
            (head < hits[first].start or folded[:head].rstrip().endswith("từ"))
            and follows_worker_noun(text, head, hits[last].end)
        )
    )
    return not (ranked or placed or nationals)


def pair_negated(text: str, hits: list[Hit], i: int) -> bool:
    """Whether a negation follows the chain hit i stands in, aspect words between ("Việt Nam và
    Canada (hiện) không có chương trình …"), or governs it from before ("chưa có thỏa thuận nào
    giữa Việt Nam và Canada")."""
    first, last = joined_chain(text, hits, i)
    return bool(negated_predicate().match(fold(text), hits[last].end)) or is_negated(
        text, hits[first].start
    )


@cache
def negated_predicate() -> re.Pattern[str]:
    aspects = phrase_matcher("aspect").pattern
    return re.compile(rf"\s*(?:(?:{aspects})\s+)*(?:{phrase_matcher('negation').pattern})")


def joined_chain(
    text: str, hits: list[Hit], i: int, joins: Callable[[str, Hit, Hit], bool] | None = None
) -> tuple[int, int]:
    """The first and last hits of the chain of joined names hit i stands in (by dashes only with
    joins=is_dashed: "ASEAN - Hàn Quốc")."""
    joins = joins or is_joined
    first = last = i
    while first > 0 and joins(text, hits[first - 1], hits[first]):
        first -= 1
    while last + 1 < len(hits) and joins(text, hits[last], hits[last + 1]):
        last += 1
    return first, last


def is_border_neighbour(text: str, hits: list[Hit], i: int, head: int) -> bool:
    """Whether a border governs the list at hit head: "tiếp giáp với Việt Nam và Campuchia",
    "có đường biên giới với cả Việt Nam và Trung Quốc" (neighbours, not a bilateral pair); not a
    pair with Vietnam that names the border itself ("qua đường biên giới Việt Nam - Lào")."""
    if is_paired(text, hits, i):
        start = hits[joined_chain(text, hits, i)[0]].start
        before = fold(text[:start]).rstrip()
        named = any(  # "đường biên giới Việt Nam - Lào", not "giáp với Việt Nam và Lào"
            before.endswith(cue) and not cue.endswith("với") for cue in cue_words("geography")
        )
        return reached_by(fold(text), "geography", start, LOCAL_CUE_WORDS) and not named
    return reached_by(fold(text), "geography", place_start(text, hits[head].start), LOCAL_CUE_WORDS)


def reached_by(folded: str, kind: str, start: int, max_words: int) -> bool:
    """Whether a cue of that kind before start governs the words up to it."""
    return any(
        governs(folded[cue.end() : start], max_words)
        for cue in phrase_matcher(kind).finditer(folded, 0, start)
    )


def relation_of_others(text: str, hits: list[Hit], i: int) -> bool:
    """Whether hit i stands in a dashed pair without Vietnam after a word for relations: "quan hệ
    ASEAN - EU", "hợp tác ASEAN - Hàn Quốc", "xung đột Nga - Ukraine"."""
    first, last = joined_chain(text, hits, i, is_dashed)
    if first == last or any(hit.code == HOME for hit in hits[first : last + 1]):
        return False
    return bool(RELATION_BEFORE.search(fold(text), 0, hits[first].start))


def is_arena(text: str, hits: list[Hit], i: int, head: int) -> bool:
    """Whether an organisation is only the frame two sides work in: "nhất trí phối hợp chặt chẽ
    trong khuôn khổ ASEAN", "ủng hộ lẫn nhau tại Liên hợp quốc", "trong khuôn khổ ASEAN - EU"."""
    start = hits[min(head, joined_chain(text, hits, i, is_dashed)[0])].start
    return partner_kind(hits[i].code) != "country" and bool(
        ARENA_BEFORE.search(fold(text), 0, start)
    )


def is_dashed(text: str, left: Hit, right: Hit) -> bool:
    return bool(PAIR_DASH.fullmatch(text, left.end, right.start)) and not (
        left.in_name or right.in_name
    )


def is_joined(text: str, left: Hit, right: Hit) -> bool:
    joined = text[left.end : right.start].strip().lower() in cue_words("joiner")
    return joined and not left.in_name and not right.in_name


def is_peer_of_vietnam(text: str, hits: list[Hit], head: int) -> bool:
    """Whether the list starting at hit head names Vietnam and follows a word like "như" or
    beneficiaries "cho (4) nước": "hỗ trợ cho 4 nước Campuchia, Lào, Myanmar và Việt Nam"."""
    if not any(hit.code == HOME for hit in hits[head : list_end(text, hits, head) + 1]):
        return False  # most lists: Vietnam is not among them
    words = [w for w in fold(text[: hits[head].start]).split() if not w[0].isdigit()]
    before = {" ".join(words[-n:]) for n in range(1, PEER_CUE_WORDS + 1)}
    return bool(before & cue_words("peer"))


def is_fellow(text: str, hits: list[Hit], head: int, subjects: frozenset[str]) -> bool:
    """Whether the list at hit head follows "cùng với" in a sentence that makes Vietnam or a
    counterpart (subjects) one of a group: "Việt Nam (hiện) là một trong 6 nước hưởng lợi, cùng
    với (các nước như) Lào", "Pháp là một trong những đối tác …, cùng với Đức" (fellow members),
    or opens the sentence before one ("Cùng với Philippines, Việt Nam …")."""
    if not phrase_matcher("alongside").search(fold(text)):
        return False  # most sentences: no "cùng với"
    folded = fold(mask(text, hits))
    opening = phrase_matcher("alongside").match(folded, len(folded) - len(folded.lstrip(OPENING)))
    if opening and governs(folded[opening.end() : hits[head].start], 0):
        end = list_end(text, hits, head)
        then = hits[end] if hits[end].code in subjects else next(iter(hits[end + 1 :]), None)
        if then is not None and then.code in subjects and text[: then.start].rstrip().endswith(","):
            return True  # "Cùng với Philippines và Indonesia, Việt Nam thuộc nhóm …"
    if not phrase_matcher("one_of").search(fold(text)):
        return False  # most sentences: nobody one of a group
    if set_aside_with(text, hits, head, subjects):
        return True  # "Việt Nam, cùng với Thái Lan, Indonesia, là một trong số ít quốc gia"
    one_of = [
        m
        for m in phrase_matcher("one_of").finditer(folded)
        if any(
            h.code in subjects and aspect_words().fullmatch(folded, h.end, m.start()) for h in hits
        )
    ]
    start = place_start(text, hits[head].start)
    return bool(one_of) and any(
        one_of[0].end() <= m.start()
        and (governs(folded[m.end() : start], 0) or PEERS_LIKE.fullmatch(folded, m.end(), start))
        for m in phrase_matcher("alongside").finditer(folded, 0, start)
    )


def set_aside_with(text: str, hits: list[Hit], head: int, subjects: frozenset[str]) -> bool:
    """Whether the list at hit head stands in commas between a subject and what it is one of:
    "Việt Nam, cùng với Thái Lan, Indonesia, là một trong số ít quốc gia …"."""
    folded = fold(mask(text, hits))
    aside = ASIDE_BEFORE.search(folded, 0, place_start(text, hits[head].start))
    if aside is None:
        return False
    subject = any(h.code in subjects and h.end == aside.start() for h in hits)
    after = folded[hits[list_end(text, hits, head)].end :]
    return subject and bool(phrase_matcher("one_of").match(after.lstrip(" ,")))


def list_end(text: str, hits: list[Hit], i: int) -> int:
    """The index of the last hit of the list that hit i belongs to."""
    heads = list_heads(text, hits)
    while i + 1 < len(hits) and heads[i + 1] == heads[i]:
        i += 1
    return i


def is_list_gap(text: str, left: Hit, right: Hit) -> bool:
    """Whether two names are items of one list: "Cu Ba, Đan Mạch", "Úc và Canada", or with
    the head word of the first repeated, "Chính phủ Australia và Chính phủ Canada"."""
    gap = text[left.end : right.start].lower()
    if right.code == HOME and gap.strip() == "," and CITED_BEFORE.search(fold(text), 0, left.start):
        return False  # "theo Ngân hàng Thế giới, Việt Nam nằm trong …": a source, then its say
    if gap.startswith(")") and text[: left.start].endswith("("):
        return False  # "tại Geneva (Thụy Sĩ), ILO khai mạc": a city's country, then the subject
    if LIST_GAP.fullmatch(gap) or LIST_GAP.fullmatch(share_in_brackets().sub("", fold(gap))):
        return True  # "Hàn Quốc (27%), Nhật Bản"
    if HOME not in (left.code, right.code) and counted_item_gap().fullmatch(fold(gap)):
        return True  # "lao động Trung Quốc với 397.918 người và Philippines"
    if MORE_EXAMPLES.fullmatch(fold(gap)):
        return True  # "Hàn Quốc và một số nước châu Âu như Đức"
    joiner = LIST_GAP.match(gap)
    repeated = gap[joiner.end() if joiner else 0 :].strip()
    return bool(
        joiner
        and joiner.group().strip()
        and repeated
        and not CLAUSE_BREAK.search(repeated)
        and (
            fold(text[: left.start]).rstrip().endswith(fold(repeated))
            or repeats_title(text, left, repeated)
        )
    )


def repeats_title(text: str, left: Hit, repeated: str) -> bool:
    """Whether the words before the right name open with a title that also stands before the left
    one in its clause: "Bộ trưởng Nhân lực Malaysia và Bộ trưởng Lao động di cư Philippines"."""
    title = phrase_matcher("title").match(fold(repeated))
    if not title or len(repeated.split()) > TITLE_GAP_WORDS:
        return False
    before = fold(CLAUSE_BREAK.split(text[: left.start])[-1])
    return title.group() in {m.group() for m in phrase_matcher("title").finditer(before)}


def list_heads(text: str, hits: list[Hit]) -> list[int]:
    """For each hit, the index of the first hit of the list it belongs to ("Cu Ba, Đan Mạch");
    the comma that ends a compared phrase ends a list ("Khác với Malaysia, Nhật Bản ...")."""
    return list(sentence_list_heads(text, tuple(hits)))


@lru_cache(maxsize=4096)
def sentence_list_heads(text: str, hits: tuple[Hit, ...]) -> tuple[int, ...]:
    """list_heads, cached: many helpers ask for the lists of one sentence."""
    ends = [start for start, _ in compared_phrase_ends(fold(mask(text, list(hits))))]
    heads: list[int] = []
    for i, hit in enumerate(hits):
        joined = (
            i > 0
            and is_list_gap(text, hits[i - 1], hit)
            and not any(hits[i - 1].end <= end < hit.start for end in ends)
        )
        heads.append(heads[i - 1] if joined else i)
    return tuple(heads)


def local_cue(text: str, start: int, cues: list[Cue]) -> Cue | None:
    """The cue that governs a name from before it: in its clause, at most LOCAL_CUE_WORDS words
    away; a venue word only right before it. Trade or a comparison beats cooperation there
    ("xuất khẩu sang thị trường Mỹ") and the venue word it governs ("so với làm việc tại
    Malaysia"); of two cooperation cues the nearer governs ("cảnh giác với lời mời chào sang
    Malaysia": a destination)."""
    governing = [
        c
        for c in cues
        if c.end <= start
        and c.kind in LOCAL_PRIORITY
        and governs(text[c.end : start], LOCAL_CUE_WORDS if c.kind != "host" else 0)
        and not ranks_the_sender(text, c, start, cues)
    ]
    chosen = min(governing, key=lambda c: (LOCAL_PRIORITY[c.kind], -c.end), default=None)
    if chosen and chosen.kind == "host":
        return next(
            (c for c in governing if c.kind in MENTIONED_KINDS and c.end <= chosen.start), chosen
        )
    return chosen


def takes_the_rest(text: str, hits: list[Hit], head: int) -> bool:
    """Whether the list at head is where the rest, or the most, of a count goes: "…, số còn lại
    đi các nước và vùng lãnh thổ như Romania, Hungary", "…; còn lại là Singapore và một số nước
    khác", "số còn lại ở châu Âu, chủ yếu là Cộng hòa Séc", "sang các nước EU, chủ yếu là Đức"."""
    masked = fold(mask(text, hits))
    return bool(
        REMAINDER_GOES.search(masked, 0, hits[head].start)
        or REMAINDER_IS.search(masked, 0, hits[head].start)
        or REMAINING_MARKETS.search(masked, 0, hits[head].start)
        or REMAINDER_IN_REGION.search(masked, 0, hits[head].start)
        or MAINLY_IN_REGION.search(masked, 0, hits[head].start)
    )


def ranks_the_sender(text: str, cue: Cue, start: int, cues: list[Cue]) -> bool:
    """Whether a rank stands before a destination word that comes before start: "nước phái cử
    lớn thứ ba sang Đức" ranks the sender, and Đức is where its workers go."""
    return bool(RANK_CUE.fullmatch(fold(text[cue.start : cue.end]))) and any(
        c.kind == "destination" and cue.end <= c.start and c.end <= start for c in cues
    )


def governs(gap: str, max_words: int) -> bool:
    """Whether a cue reaches over gap: no clause break nor verb of speech ("Bộ trưởng ... cho
    biết Nhật Bản ..."), at most max_words words."""
    return (
        not CLAUSE_BREAK.search(gap)
        and len(gap.split()) <= max_words
        and not phrase_matcher("speech").search(fold(gap))
    )


def actor_cue(text: str, hits: list[Hit], head: int, cues: list[Cue]) -> Cue | None:
    """The cooperation cue that governs the title or the capitalised authority heading the list at
    hit head, its actor in the event: "gặp song phương với Bộ trưởng Phát triển nguồn nhân lực
    Indonesia", "phối hợp với Công an Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)"."""
    start = place_start(text, hits[head].start)
    folded = fold(mask(text, hits))
    clause_start, _ = clause_span(folded, start)
    titles = [
        *phrase_matcher("title").finditer(folded, clause_start, start),
        *(
            m
            for m in phrase_matcher("authority").finditer(folded, clause_start, start)
            if text[m.start()].isupper()
        ),
    ]
    if not titles:
        return None
    title = max(titles, key=lambda m: m.start())
    between = folded[title.end() : start]
    if "#" in between or len(between.split()) > TITLE_GAP_WORDS:
        return None  # another name, or too far, between the title and this one
    if any(c.start == title.start() and c.end > title.end() for c in cues):
        return None  # the title word is part of a longer cue: "đại sứ quán"
    cue = local_cue(text, title.start(), cues)
    return cue if cue and cue.kind == "partner" else None


def cue_after(text: str, hits: list[Hit], i: int, cues: list[Cue]) -> Cue | None:
    """A partner, mentioned or cited cue right after the list hit i ends ("Chính phủ Úc và EU tài
    trợ", "UNICEF chỉ ra", "Đài Loan với 58.000 lao động"); not a preposition with another object
    ("đi Serbia với lời quảng cáo"), nor one after a nation's workers, whose subject they are
    ("lao động Thái Lan với", "2 thuyền viên Myanmar cũng được hỗ trợ")."""
    end = hits[list_end(text, hits, i)].end
    kinds = (*PARTNER_KINDS, *MENTIONED_KINDS, "cited")
    end = past_outranked(text, hits, end, cues)
    after = [c for c in cues if c.start >= end and not takes_object(text, c)]
    cue = min(after, key=lambda c: c.start, default=None)
    if cue is None or cue.kind not in kinds:
        return None  # no cue, or another stands first: "từ Mexico theo các thỏa thuận riêng"
    head = hits[list_heads(text, hits)[i]]
    if cue.kind == "cited" and ends_a_flow(fold(text), head.start):
        return None  # "… về nước từ Nhật Bản, Hàn Quốc cho thấy": an object, not the source
    if follows_worker_noun(text, head.start, end):
        return None  # "lao động Thái Lan với khoảng 30.000 người": that nation's workers
    return cue if governs(text[end : cue.start], CUE_AFTER_WORDS) else None


def past_outranked(text: str, hits: list[Hit], end: int, cues: list[Cue]) -> int:
    """Where the words after a list that reach its cue start: after "vượt" and the list it
    outranks, if that comes first ("Đài Loan vượt Nhật Bản| trở thành thị trường …") and is not
    Vietnam, else end."""
    first = min((c for c in cues if c.start >= end), key=lambda c: c.start, default=None)
    if first is None or fold(text[first.start : first.end]) != "vượt":
        return end
    outranked = [i for i, hit in enumerate(hits) if hit.start >= first.end]
    if not outranked or text[first.end : hits[outranked[0]].start].strip():
        return end
    if hits[outranked[0]].code == HOME:
        return end  # "Myanmar đã vượt Việt Nam về số thực tập sinh": a fellow sender
    return hits[list_end(text, hits, outranked[0])].end


def takes_amount(text: str, cue: Cue) -> bool:
    """Whether the cue is a preposition whose object is an amount of money, right after a
    ranking verb or "là" and a name: "Ấn Độ dẫn đầu với 125 tỷ USD", "tiếp theo là Mexico với 66
    tỷ USD" rank countries, with no cooperation ("Đức đóng góp với 4 triệu euro" is a donor)."""
    return (
        takes_preposition(text, cue)
        and bool(money_next().match(text, cue.end))
        and bool(RANKED_BEFORE.search(fold(text), 0, cue.start))
    )


@cache
def money_next() -> re.Pattern[str]:
    """An amount of money right after a word: " (khoảng) 125 tỷ USD", the money words of
    figure_nouns.csv and the scale words of scales.csv."""
    scales = word_alternation(list(scale_values()))
    money = word_alternation(words_of(("money",)))
    return re.compile(
        rf"\s+(?:[^\W\d]+\s+)?\d[\d.,]*\s+(?:(?:{scales})\s+)?(?:{money})(?!\w)", re.IGNORECASE
    )


def takes_preposition(text: str, cue: Cue) -> bool:
    return fold(text[cue.start : cue.end]).split()[0] in cue_words("preposition")


def rivals_with(text: str, cue: Cue, cues: list[Cue]) -> bool:
    """Whether the cue is a preposition a rivalry governs: "cạnh tranh về giá |với lao động từ
    Nepal" names rivals, not a counterpart."""
    return takes_preposition(text, cue) and any(
        RIVALRY.fullmatch(fold(text[c.start : c.end]))
        and c.end <= cue.start
        and governs(text[c.end : cue.start], RIVALRY_WORDS)
        for c in cues
    )


def takes_object(text: str, cue: Cue) -> bool:
    """Whether the cue opens with a preposition ("với", "với tư cách thành viên") and has its own
    object, not a number."""
    return takes_preposition(text, cue) and not QUANTITY_NEXT.match(text, cue.end)


def clause_cues(text: str, hits: list[Hit], i: int, cues: list[Cue]) -> list[Cue]:
    """The cues of the clause that holds the list hit i belongs to, from the clause of its first
    name to that of its last ("Nhật Bản, Hàn Quốc, và Đài Loan vẫn là ..."), the words of a quoted
    title left out (Dự án "Thúc đẩy tiêu chuẩn lao động ...")."""
    folded = fold(mask(text, hits))
    start, _ = clause_span(folded, place_start(text, hits[list_heads(text, hits)[i]].start))
    _, end = clause_span(folded, hits[list_end(text, hits, i)].end)
    titles = quoted_titles(text)
    return [
        c
        for c in cues
        if start <= c.start
        and c.end <= end
        and not any(first <= c.start and c.end <= last for first, last in titles)
    ]


def clause_span(folded: str, position: int) -> tuple[int, int]:
    """The start and end of the clause holding position in a folded, masked sentence."""
    breaks = clause_breaks(folded)
    start = max((after for before, after in breaks if after <= position), default=0)
    end = min((before for before, after in breaks if before >= position), default=len(folded))
    return start, end


@lru_cache(maxsize=4096)
def clause_breaks(folded: str) -> tuple[tuple[int, int], ...]:
    """(where a clause ends, where the next begins) at each clause break of a folded sentence,
    its names masked: a hard break (";", "!", "?"), a comma a clause opener follows ("..., trong
    khi Lào ..."), a verb of speech, which opens the reported clause ("Đại sứ cho biết ..."), and
    the comma that ends a compared phrase ("Tương tự, ...", "..., so với năm 2022, ...")."""
    hard = [m.span() for m in HARD_BREAK.finditer(folded)]
    speech = [(m.end(), m.end()) for m in phrase_matcher("speech").finditer(folded)]
    compared = list(compared_phrase_ends(folded))
    return tuple(sorted(hard + opening_commas(folded) + speech + compared))


def subordinate_breaks(folded: str) -> list[tuple[int, int]]:
    """Where a subordinate clause with a subject of its own opens ("gay gắt khi Indonesia,
    Philippines đều …"; not "sau khi")."""
    return [
        (m.end(), m.end())
        for m in phrase_matcher("subordinator").finditer(folded)
        if not TIME_BEFORE.search(folded, 0, m.start())
    ]


def colons(folded: str) -> list[tuple[int, int]]:
    """The colons of a sentence, where an explanation with a subject of its own may open ("quy mô
    của Việt Nam vẫn khiêm tốn: Philippines đưa khoảng 2,3 triệu người ra nước ngoài")."""
    return [m.span() for m in re.finditer(":", folded)]


def opening_commas(folded: str) -> list[tuple[int, int]]:
    """The commas a clause opener follows."""
    return [m.span() for m in COMMA.finditer(folded) if opens_clause(folded, m.end())]


@lru_cache(maxsize=4096)
def compared_phrase_ends(folded: str) -> tuple[tuple[int, int], ...]:
    """The commas that end a compared phrase opening the sentence or a clause ("Tương tự, ...",
    "..., so với năm 2022, ...")."""
    if not phrase_matcher("comparison").search(folded):
        return ()  # most sentences: nothing compared
    openings = [skip_space(folded, 0, OPENING)]
    openings += [skip_space(folded, end) for _, end in opening_commas(folded)]
    ends = [compared_phrase(folded, start) for start in openings if compares(folded, start)]
    return tuple(end for end in ends if end)


def skip_space(folded: str, position: int, chars: str | None = None) -> int:
    """The first position from position on that is not a space (nor one of chars)."""
    return len(folded) - len(folded[position:].lstrip(chars))


def opens_clause(folded: str, position: int) -> bool:
    """Whether a clause opener ("trong khi", "vì vậy") or a comparison starts at position."""
    start = skip_space(folded, position)
    return bool(phrase_matcher("clause").match(folded, start)) or compares(folded, start)


def likened(text: str, start: int, cues: list[Cue]) -> bool:
    """Whether a comparison word other than "như" governs the name from inside its clause: "mô
    hình này có thể so sánh với dự án do JICA hỗ trợ", "thu nhập cao hơn so với ở Malaysia";
    not over a "khi" or a cooperation or destination cue ("chế độ tương tự người bản xứ khi làm
    việc tại Hàn Quốc") unless in a relative clause of what is compared ("chương trình tương tự
    mà BA đang triển khai với Philippines"); markets are what is compared ("so với các thị
    trường truyền thống như Nhật Bản")."""
    folded = fold(text)
    return any(
        m.group() not in cue_words("peer")
        and governs(folded[m.end() : start], COMPARED_WORDS)
        and not phrase_matcher("subordinator").search(folded, m.end(), start)
        and (
            RELATIVE_AFTER.match(folded, m.end())  # "Chương trình tương tự mà BA triển khai với"
            or not any(
                c.kind in PARTNER_KINDS
                and m.end() <= c.start < start
                and not MARKET_NOUN.fullmatch(folded, c.start, c.end)  # "so với các thị trường"
                for c in cues
            )
        )
        for m in phrase_matcher("comparison").finditer(folded, 0, start)
    )


def done_likewise(text: str, hits: list[Hit], head: int, i: int) -> bool:
    """Whether the list follows "như" and a past "làm" follows it: "số liệu di cư đầy đủ như
    Nepal đã làm" (a model)."""
    folded = fold(text)
    return bool(AS_BEFORE.search(folded, 0, hits[head].start)) and bool(
        DONE_AFTER.match(folded, hits[list_end(text, hits, i)].end)
    )


def compares(folded: str, start: int) -> bool:
    """Whether a comparison opener at start opens a compared phrase: "tương tự thỏa thuận đã ký
    với ...", "khác với Hàn Quốc, nơi ..."; an opener that also lists examples ("như") only
    before names that a word of aspect follows ("như Australia đã mở cửa ..."; "như Nhật Bản, Hàn
    Quốc", "như các nước ..." are examples)."""
    opener = phrase_matcher("comparison").match(folded, start)
    if not opener:
        return False
    if opener.group() not in cue_words("peer"):
        return True
    names = MASKED_LIST.match(folded, opener.end())
    return bool(names) and bool(
        phrase_matcher("aspect").match(folded, skip_space(folded, names.end()))
    )


def compared_hits(text: str, masked: str, hits: list[Hit], heads: list[int]) -> frozenset[int]:
    """The hits whose list lies in a phrase a comparison opens: "..., tương tự thỏa thuận đã ký
    với Qatar", "Khác với TP Hồ Chí Minh, nơi ... tại Mỹ, ..."."""
    folded = fold(masked)
    if not phrase_matcher("comparison").search(folded):
        return frozenset()  # most sentences: nothing compared
    return frozenset(
        i for i in range(len(hits)) if is_compared(folded, place_start(text, hits[heads[i]].start))
    )


def is_compared(folded: str, position: int) -> bool:
    """Whether position of a folded, masked sentence lies in a phrase a comparison opens."""
    start, _ = clause_span(folded, position)
    return compares(folded, skip_space(folded, start, OPENING))


def compared_phrase(folded: str, start: int) -> tuple[int, int] | None:
    """The comma that ends the phrase a comparison opens at start: the end of the names right
    after the opener when a conjunction closes their list ("so với Nepal, Bangladesh hay
    Pakistan - ..."); the last comma of the names when a word, the next clause's subject, follows
    them ("Khác với Malaysia, Nhật Bản tiếp nhận ..."); else the first comma no relative word
    ("nơi") follows, nor a list's ("… định cư tại Mỹ, Australia, Canada gửi về, …")."""
    opener = phrase_matcher("comparison").match(folded, start)
    names = MASKED_LIST.match(folded, opener.end()) if opener else None
    if names and LIST_CLOSED.search(names.group()):
        return names.end(), names.end()  # "so với #, # hay # - những nước ...": the list alone
    if names and not names.group().rstrip().endswith(",") and "," in names.group():
        comma = folded.rindex(",", names.start(), names.end())
        return comma, comma + 1
    for comma in COMMA.finditer(folded, start):
        after = skip_space(folded, comma.end())
        between_names = folded[comma.start() - 1] == "#" and folded[after : after + 1] == "#"
        if not (between_names or phrase_matcher("relative").match(folded, after)):
            return comma.span()
    return None


def nearest_cue(hit: Hit, cues: list[Cue]) -> Cue | None:
    """The partner, mentioned, model or event cue closest to the hit."""
    scored = [
        (max(c.start - hit.end, hit.start - c.end), c.kind not in PARTNER_KINDS, c)
        for c in cues
        if c.kind in (*PARTNER_KINDS, *NO_PARTNER_KINDS, "event")
    ]
    return min(scored, key=lambda s: s[:2])[2] if scored else None


def to_mention(article: Article, sentence: Sentence, hit: Hit, role: str) -> Mention:
    partner = partner_catalogue()[hit.code]
    start, end = sentence.start + hit.start, sentence.start + hit.end
    return Mention(
        article.article_id, partner.code, partner.kind, role, partner.name_vi, partner.name_en,
        article.body[start:end], start, end, sentence.text,
    )  # fmt: skip
