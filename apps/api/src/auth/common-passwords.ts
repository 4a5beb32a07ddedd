// Passwords attackers try first: the long-standing global favourites and the Chinese ones
// (woaini1314, 5201314, Aa123456, qq123456, 88888888, …), keyboard walks, years and the product's
// own name. Compared in lower case, also with digits and symbols cut from either end, so
// "Woaini1314520!" counts as "woaini". Whitespace-separated; add to it freely.
const LIST = `
123456 123456789 12345678 12345 1234567 1234567890 qwerty password 111111 123123 abc123 1234 password1
iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine princess letmein 654321 monkey 1qaz2wsx 123321
qwertyuiop superman asdfghjkl trustno1 football baseball welcome shadow master michael jennifer hunter 1q2w3e
123qwe qazwsx access flower passw0rd ashley mustang batman charlie 696969 hottie freedom aa123456 qwe123
7777777 888888 666666 555555 987654321 121212 112233 admin admin123 admin888 administrator root toor login
starwars whatever donald nicole daniel jessica lovely michelle pokemon cheese computer internet samsung
google killer soccer hello hello123 secret test test123 guest changeme default p@ssw0rd p@ssword pass123
pass1234 password123 password1234 qwerty1234 1qaz@wsx 1qaz!qaz qwer1234 asdf1234 zxcv1234 zxcvbnm zxcvbnm123
asdfgh asdfghjk qweasd qweasdzxc 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx3edc zaq1xsw2 !qaz2wsx 147258369 159357
159753 147258 258369 741852963 963852741 321654 456789 789456123 123654 112358 11223344 12344321 123abc
abc12345 abcd1234 abcdef a1b2c3 a1b2c3d4 aaaaaa abcabc qwertyui qwertyu 1qazxsw2 qazwsxedc qazwsxedcrfv
zaq12wsxcde3 1qaz2wsx3edc4rfv !qaz@wsx#edc 1qaz!qaz2wsx@wsx 123qweasdzxc qweasdzxc123 1q2w3e4r5t6y7u
1q2w3e4r5t6y7u8i 1q2w3e4r5t6y7u8i9o0p qwertyuiopasdfghjkl qwertyuiop123 asdfghjkl123 zxcvbnm123456
1234567890qwerty qwerty1234567890 password12345678 passwordpassword 123456123456 123123123123 112233445566
111222333444 147258369258 123456789012 1234567890123 12345678901234 123456789987654321 987654321123456789
abcdefghijkl abcd12345678 abcdefg123456 abcdefghijklmnop iloveyouforever iloveyou1314 iloveyou520 iloveyou2
loveyou love123 lovelove 123456789a 0123456789 01234567890 woaini woaini1314 woaini520 woaini521 woaini123
woaini123456 woaini1314520 woaini5201314 woaini1314woaini woainimama woainibaba woaiwojia woaiwolaopo
woaiwolaogong woaiwoziji 5201314 520520 1314520 5211314 1314521 52013145201314 5201314520 5201314woaini
1314520woaini 5201314a 1314520a a5201314 qq5201314 aini1314 aini520 7758521 7758258 584520 521521 520131400
147852 147852369 369258147 123789 456123 789123 258258 369369 147147 159159 753951 951753 a123456 a12345678
a123456789 a1234567 aa12345678 aa123456789 aaa123456 abc123456 abc1234567 123456a 123456aa 123456abc 123456qq
qq123456 qq123456789 zz123456 qaz123456 wang123456 123456789abc 1234abcd abcd123456 123456abcd asd123456
asd123 zxc123456 zxc123 qwe123456 qwe123qwe aa112233 aa123123 aa5201314 a5211314 abc5201314 wo5201314
xiaoming xiaohong xiaobai xiaoxiao baobao baobei baobei520 baobei1314 laopo laopo520 laopo1314 laogong
laogong520 dearbook wangyang zhangwei wangwei liuyang lijun wangjing zhangmin liqiang wangfang zhangyong
zhang123 wang123 li123456 liu123 yang123 zhao123 zhou123 chen123 huang123 wu123456 sun123456 nihao nihao123
nihaoma woshishui wodemima mima mima123 mima123456 mimamima zhongguo zhongguo123 china china123 china2024
beijing beijing123 shanghai shanghai123 shenzhen guangzhou tianjin 88888888 66666666 11111111 22222222
99999999 00000000 168168 518518 666888 888666 168888 16888888 18888888 13888888 888999 123888 1688 5188
520888 8888888888 6666666666 000000000 111111111 999999999 1111111111 0000000000 123123123 321321321
123321123 1234554321 12341234 12121212 11112222 1122334455 111222 123000 100200 101010 110110 119119 110120
aaaaaaaa asdasd asdasdasd qweqwe qweqweqwe zxczxc 123asd qwe123asd admin@123 admin@1234 admin@12345
admin@123456 admin123456 admin1234 admin12345 administrator1 root@123 root123 root1234 root123456 test@123
test1234 test123456 guest123 user123 user1234 pass@word1 pass@123 p@ssw0rd123 p@ssw0rd1234 passw0rd!
passw0rd123 password@123 password@1234 password@2023 password@2024 password@2025 password! password1!
password123! password1234! qwer@1234 asdf@1234 zxcv@1234 qwe@123 qwe@1234 abc@123 abc@1234 abc@123456
aa@123456 aa123456. aa123456@ aa123456! aa123456789. a123456. a123456@ abc123. qq123456. 1qaz@wsx3edc
welcome1 welcome123 welcome2024 welcome@2024 welcome@123 spring2024 summer2024 autumn2024 winter2024
spring2025 summer2025 happy123 happy2024 happynewyear letmein123 iloveyou123 gov123456 gov@123 zf123456
zhengfu zhengfu123 dangwei dangzheng bangongshi duchashi ducha duban duban123 duban123456 duban2024
duban@2024 duban@123 duban@2025 dubanduban duban2025 supervision supervisor office123 office@123 office2024
leader123 manager manager123 system system123 system@123 sysadmin server server123 database oracle mysql
postgres jiang123 jiangsu zhejiang sichuan hubei henan hebei shandong guangdong fujian qwertyasdf asdfqwer
qazqaz wsxwsx edcedc rfvrfv tgbtgb 1a2b3c4d 1a2b3c4d5e a1s2d3f4 q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 z1x2c3v4
1z2x3c4v 12qwaszx 12qwaszx34erdfcv 1qw23er4 iloveu iloveyou! fuckyou fuckyou1 shit 123456789qq qqqqqq wwwwww
147896325 159632147 789789 456456 123456654321 654321123456 147258963 963258741 852456 258456 456852
computer123 internet123 windows windows10 windows123 microsoft apple123 iphone huawei huawei123 xiaomi
xiaomi123 taobao taobao123 alipay wechat weixin weixin123 tencent baidu baidu123 sohu sina163 163163 126126
qq163 wy163 163.com qq.com
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
